import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
const dir = '/work/main/graph-seed/data';
for (const f of readdirSync(dir).filter(f=>f.endsWith('.yaml')).sort()) {
  const d = parse(readFileSync(dir+'/'+f,'utf8'));
  console.log('=== '+f+' ents='+d.entities.length+' rels='+(d.relations||[]).length);
  for (const e of d.entities) console.log(`E ${e.type}\t${e.name}\t[${(e.aliases||[]).join(',')}]\t${e.description??''}\t${(e.figures||[]).map((x:any)=>x.kind+':'+x.amount).join(';')}`);
  if (process.argv[2]==='r') for (const r of d.relations||[]) console.log(`R ${r.source} -${r.type}-> ${r.target}\t${typeof r.quote==='string'?r.quote:JSON.stringify(r.quote)}${r.amount?' amt='+r.amount:''}${r.role?' role='+r.role:''}`);
}
