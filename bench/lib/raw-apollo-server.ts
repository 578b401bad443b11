/**
 * The throughput baseline, run as a child process: Apollo Server 5 on Express 5 through the same
 * integration the API uses (@as-integrations/express5), answering `{ __typename }` and /health.
 * No Nest, no middleware of ours, no database.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

async function main(): Promise<void> {
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  await server.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', express.json(), expressMiddleware(server));
  const port = Number(process.env.PORT ?? 0);
  const http = app.listen(port, '127.0.0.1');
  process.on('SIGTERM', () => {
    http.close();
    void server.stop().then(() => process.exit(0));
  });
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exit(1);
});
