import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { AppError } from '../errors/app-error';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many items to return (1–500).' })
  @IsInt()
  @Min(1)
  @Max(500)
  first = 50;

  @Field({ nullable: true, description: 'Return items after this cursor (pageInfo.endCursor of the previous page).' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  items: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `XConnection { nodes, pageInfo, totalCount }` for a node type. */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionType {
    @Field(() => [node])
    nodes: T[];
    @Field(() => PageInfo)
    pageInfo: PageInfo;
    @Field(() => Int, { description: 'Items matching the filter, over all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Cursors are opaque to clients: base64url of a JSON key tuple (sort value, id). */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    /* fall through */
  }
  throw AppError.badInput('The cursor is not valid; pass pageInfo.endCursor from a previous page.', [
    { field: 'after', message: 'invalid cursor' },
  ]);
}

/** Takes `first + 1` rows fetched in key order and shapes a page. */
export function toPage<T>(rows: T[], first: number, totalCount: number, keyOf: (t: T) => unknown[]): Page<T> {
  const items = rows.slice(0, first);
  const last = items[items.length - 1];
  return { items, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(keyOf(last)) : null } };
}
