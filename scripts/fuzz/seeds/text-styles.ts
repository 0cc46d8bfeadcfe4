/**
 * Thread pages rendered as the plain text a scraper would give for a few more comment layouts than
 * the fixtures cover: WordPress "says:", Disqus bullets, Reddit levels, forum quotes, comments
 * separated by nothing but blank lines.
 */
import { depths, type Thread, type ThreadComment } from './thread.js';

const name = (c: ThreadComment) => c.author ?? 'Anonymous';

function page(thread: Thread, chrome: string, comments: string[]): string {
  return `Skip to content\nNews  Politics  Sports  Opinion\n\n${thread.title}\n\nBy Staff Writer | March 3, 2019\n\n${thread.paragraphs.join('\n\n')}\n\nShare this:\nFacebook\nTwitter\n\n${chrome}\n\n${comments.join('\n\n')}\n\nMost read\nRoad works on Elm Street to last until May\n\n© 2019 The Daily Example`;
}

export const TEXT_STYLES: Record<string, (thread: Thread) => string> = {
  'wordpress-says': (t) => {
    const depth = depths(t.comments);
    return page(t, `${t.comments.length} thoughts on “${t.title}”`, t.comments.map((c, i) => {
      const pad = '    '.repeat(depth[i]! );
      return `${pad}${name(c)} says:\n${pad}${c.postedAt ?? 'March 3, 2019 at 9:00 am'}\n\n${c.text.split('\n').map((line) => pad + line).join('\n')}\n\n${pad}Reply`;
    }));
  },
  'disqus-bullets': (t) =>
    page(t, `${t.comments.length} Comments\nSort by Best`, t.comments.map((c, i) => `${name(c)} • ${c.postedAt ?? `${i + 1} hours ago`}\n${c.parent !== null ? `${name(t.comments[c.parent] ?? c)} ` : ''}\n${c.text}\n${i % 4}\nReply • Share ›`)),
  'reddit-levels': (t) => {
    const depth = depths(t.comments);
    return page(t, `${t.comments.length} comments\nsorted by: best`, t.comments.map((c, i) => `level ${depth[i]! + 1}\n${name(c)}\n· ${c.postedAt ?? '3 hr. ago'}\n${c.text}\n${12 - (i % 7)} points\nReply\nShare\nReport`));
  },
  'forum-quotes': (t) =>
    page(t, 'Replies', t.comments.map((c, i) => {
      const parent = c.parent !== null ? t.comments[c.parent] : undefined;
      const quote = parent ? `${name(parent)} wrote:\n${parent.text.split('\n')[0]}\n\n` : '';
      return `Re: ${t.title}\nPost by ${name(c)} » ${c.postedAt ?? 'Sun Mar 03, 2019'}\n${quote}${c.text}\n\nPosts: ${20 + i}`;
    })),
  'blank-lines-only': (t) => page(t, 'Comments', t.comments.map((c) => c.text)),
};
