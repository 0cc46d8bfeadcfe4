/**
 * A profile link and the handle it names come from one pattern list (review of html2, finding 6):
 * every link read as a profile that shows a name gives that name as the handle "@name" matches.
 */
import { describe, expect, it } from 'vitest';
import { isProfileHref, profileHandle } from '../src/split/html/vocabulary.js';

describe('profile links and the handle they name', () => {
  it.each([
    ['https://coast.example/@wrenna@other.example', 'wrenna'],
    ['/@kyleb?source=post_page---', 'kyleb'],
    ['/~tilda/', 'tilda'],
    ['/members/oskar_v.4411/', 'oskar_v'],
    ['/author/jane', 'jane'],
    ['/authors/marit-h/', 'marit-h'],
    ['/wiki/User:Quill_Pen', 'quill_pen'],
    ['/index.php?title=User:Quill_Pen', 'quill_pen'],
    ['/forum/profile.php?u=jane', 'jane'],
    ['/user?id=pgrey', 'pgrey'],
    // A profile by number names no handle.
    ['/profile.php?id=48211', null],
    ['/index.php?action=profile;u=12', null],
  ])('%s names %s', (href, handle) => {
    expect(isProfileHref(href)).toBe(true);
    expect(profileHandle(href)).toBe(handle);
  });

  it.each(['https://news.example/', '/2025/03/night-buses.html', '/tag/transport'])('%s is no profile and names no handle', (href) => {
    expect(isProfileHref(href)).toBe(false);
    expect(profileHandle(href)).toBe(null);
  });
});
