import re
T='/work/main/docs/sessions/'
import sys
# Usage: python3 gen-writers.py HH:MM, run in the session's briefs folder. Edit first: the four lists
# (12 kinds each, disjoint from each other and from the templates' covered lists) and the batch
# numbers below (the check numbers come from the templates; the tune ones are written here).
DL = sys.argv[1] if len(sys.argv) > 1 else 'HH:MM'
lists={
'check-text':"TWELVE NEW KINDS",
'tune-text':"TWELVE NEW KINDS",
'check-html':"TWELVE NEW KINDS",
'tune-html':"TWELVE NEW KINDS",
}
t=open(T+'blind-text-writer.md').read().replace('HH:MM',DL)
open('w-check-text.md','w').write(t.replace('LIST OF 12 NEW KINDS',lists['check-text']))
u=t.replace('LIST OF 12 NEW KINDS',lists['tune-text'])
u=u.replace('held-out plain-text fixture pages (check batch 459-466)','blind tune plain-text fixture pages (tune batch 391-398)')
u=u.replace('fixtures/pages/ / fixtures/gold/ beyond','fixtures/pages/ / fixtures/gold/ / fixtures/check beyond')
u=u.replace('wt-wcheck-text (branch wcheck-text)','wt-wtune-text (branch wtune-text)')
u=u.replace('fixtures/check/text/pages/459_<kind>.txt ... 466_<kind>.txt','fixtures/pages/391_<kind>.txt ... 398_<kind>.txt')
u=u.replace('fixtures/check/text/gold/459_<kind>.json ... 466_<kind>.json','fixtures/gold/391_<kind>.json ... 398_<kind>.json')
u=re.sub(r'Validate: .*\n','Validate: `npx tsx scripts/fixtures/validate.ts text fixtures` must pass for every one of your 8 files (it validates all tune pages).\n',u)
u=u.replace('`git add fixtures/check/text && git commit -m "Check text pages 459-466 (blind)"`','`git add fixtures/pages fixtures/gold && git commit -m "Blind tune text pages 391-398"`')
open('w-tune-text.md','w').write(u)
h=open(T+'blind-html-writer.md').read().replace('HH:MM',DL)
open('w-check-html.md','w').write(h.replace('LIST OF NEW ENGINES AND PAGE TYPES',lists['check-html']))
v=h.replace('LIST OF NEW ENGINES AND PAGE TYPES',lists['tune-html'])
v=v.replace('(check batch 443-450)','(tune batch 340-347)')
v=v.replace('fixtures/html/written beyond','fixtures/html/written or fixtures/check beyond')
v=v.replace('wt-wcheck-html (branch wcheck-html)','wt-wtune-html (branch wtune-html)')
v=v.replace('fixtures/check/html/443_<engine>.html + 443_<engine>.gold.json ... 450_<engine>.html','fixtures/html/written/340_<engine>.html + 340_<engine>.gold.json ... 347_<engine>.html')
v=re.sub(r'Validate: .*\n','Validate: `npx tsx scripts/fixtures/validate.ts html fixtures/html/written` must pass for your 8 pages.\n',v)
v=v.replace('`git add fixtures/check/html && git commit -m "Check HTML pages 443-450 (blind)"`','`git add fixtures/html/written && git commit -m "Blind tune HTML pages 340-347"`')
open('w-tune-html.md','w').write(v)
