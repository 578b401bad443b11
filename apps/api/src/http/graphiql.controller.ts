import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { Public } from '@app/core';

const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The only files served: bundled copies from node_modules, so GraphiQL works with no internet. */
const ASSETS: Record<string, { file: () => string; type: string }> = {
  'react.js': { file: () => join(pkgDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: () => join(pkgDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: () => join(pkgDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: () => join(pkgDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>TotAl-Fly GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script>
    // Sign in with the login mutation, then put {"Authorization": "Bearer <token>"} in the Headers tab.
    const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'content-type': 'application/json' } });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: true,
        defaultHeaders: '{\\n  "Authorization": "Bearer <paste the token from login here>"\\n}',
        defaultQuery: '# Sign in first (see README for the demo users):\\nmutation { login(email: "leder@totalfly.example", password: "demo-leder-2006") { token expiresAt } }\\n',
      }),
    );
  </script>
</body>
</html>`;

@Controller('graphiql')
export class GraphiqlController {
  @Get()
  @Public()
  page(@Res() res: Response): void {
    res.type('html').setHeader('cache-control', 'no-cache').send(PAGE);
  }

  @Get('assets/:name')
  @Public()
  asset(@Param('name') name: string, @Res() res: Response): void {
    const asset = Object.prototype.hasOwnProperty.call(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) throw new NotFoundException();
    res.type(asset.type).setHeader('cache-control', 'public, max-age=86400');
    createReadStream(asset.file()).pipe(res);
  }
}
