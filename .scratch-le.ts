import { extractArticle } from '/work/wt/base/server/src/extract/index.js';
const ARTICLE = ['Envoy goes home','Canada ordered Chinese diplomat Zhao Wei out, saying he had to leave within five days.','The government also ordered a second diplomat, Li Ming, out of the country within five days.'].join('\n');
const d = extractArticle({ raw: ARTICLE, format: 'text', learned: true, meta: { title: 'Envoy goes home', outlet: 'Test', published: '2024-03-05' } }).document;
console.log(JSON.stringify(d.events.map(e => ({t: e.type, r: e.rule, p: e.participants, ev: e.evidence.map(x=>x.text)})), null, 1));
