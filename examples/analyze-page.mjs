import { analyzePage } from 'threadlens'

const page = `Council approves bike lanes on Main Street

The city council voted 6-1 on Tuesday to add protected bike lanes along two miles of Main Street, after a year of hearings.

3 Comments

Anna Berg says:
March 3, 2019 at 4:12 pm

Finally. How many parking spaces will the street lose?

Reply

Tom Reyes says:
March 3, 2019 at 5:01 pm

@Anna Berg About forty, according to the plan. Wake up, the council doesn't care about shop owners.

Reply

Sam K says:
March 3, 2019 at 6:30 pm

What a load of crap. You idiots will cheer anything.

Reply`

const result = analyzePage(page)
console.log(result.title.text)
for (const c of result.comments) {
  console.log(c.id, c.author, c.postedAt, '→', c.parentId ?? 'article', c.stance.toParent.label)
  for (const q of c.questions) console.log('  question', q.kind, JSON.stringify(q.text), 'answered by', q.answeredBy)
  for (const f of [...c.insults, ...c.profanity]) console.log('  ', f.rule, JSON.stringify(page.slice(f.start, f.end)))
}
