// The repositories: the only place that holds Cypher. Each returns plain objects or wire types.
export * from './graph-reads.js';
export * from './entity-reads.js';
export * from './article-reads.js';
export * from './health-reads.js';
export * from './console-reads.js';
export * from './schema-reads.js';
export { retractArticle, writeArticles, type ArticleRows, type ArticleWrite } from './article-writes.js';
