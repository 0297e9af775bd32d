// HTML to text, case by case: what a browser's parser makes of each page (the
// text nodes Chromium's DOMParser builds, checked by hand), as the extractor
// will read it.
import { describe, expect, it } from 'vitest';
import { htmlArticle, htmlTitle, htmlToText } from '../../src/core/text/html-text.ts';

describe('htmlToText', () => {
  it.each([
    // An attribute value may hold '>': it is never text.
    ['an attribute value holding >', '<div title="tooltip > Xi met Obama in Beijing">Visible</div>', 'Visible'],
    ['a single-quoted one, and an unquoted one', "<p title='a>b' data-x=c>d</p>", 'd'],
    // '<!-->' and '<!--->' are whole (empty) comments: what follows is text up to the next tag.
    ['<!--> ends at once', 'a<!-->b<p>c</p>-->d', 'ab\nc\n-->d'],
    ['<!---> ends at once', 'a<!--->b-->c', 'ab-->c'],
    ['other comments', '<p>a<!---->b<!-- -- -->c<!--!>d-->e', 'abce'],
    ['a comment closed by --!>', '<p>a<!--x--!>b', 'ab'],
    ['an unclosed comment runs to the end', 'a<!-- unclosed comment b', 'a'],
    ['an end tag with a space before >', '<p>one</p >two', 'one\ntwo'],
    // Script is raw text: it ends at the first '</script', even inside a string.
    ['</script> inside a script string', '<p>x</p><script>var s = "</script>";</script>after', 'x\n";after'],
    ['a script split to hide its end tag', '<p>x</p><script>var s = "</scr" + "ipt>";</script>after', 'x\nafter'],
    ['CDATA in HTML is a bogus comment', '<p>a<![CDATA[ cdata ]]>b</p>', 'ab'],
    ['CDATA and text inside svg are dropped', '<svg><![CDATA[ svgcdata ]]><text>svgtext</text></svg>after', 'after'],
    ['textarea content (raw text) is dropped', '<p>a</p><textarea><b>not bold</b></textarea><p>b</p>', 'a\n\nb'],
    ['plaintext: the rest of the page is text', '<p>before</p><plaintext><b>raw</b></p>more', 'before\n\n<b>raw</b></p>more'],
    ['xmp is raw text', '<xmp><b>xmp</b></xmp><noembed>ne</noembed><noframes>nf</noframes>', '<b>xmp</b>'],
    // Entities are decoded once, by the parser, as a browser does (legacy names without ';' included).
    ['entities decoded once', '<p>&amp;lt; &lt; &notin; &notit; &amp &copy2 &#x41;&#66;&nbsp;x</p>', '&lt; < ∉ ¬it; & ©2 AB x'],
    ['style, noscript, template', '<style>p{color:red}</style><noscript>ns</noscript><template>tpl</template>ok', 'ok'],
    ['iframe and object', '<iframe>ifr</iframe><object>obj</object>ok', 'ok'],
    ['math', '<p>x</p><math><mi>m</mi></math>y', 'x\ny'],
    ['a lone < is text', '<a href=x>link</a>< notag <3', 'link< notag <3'],
    ['a processing instruction is a comment', '<!DOCTYPE html><html><body>x<?php echo 1 ?>y</body></html>', 'xy'],
    ['br, and </br> which is a br', 'x</br>y<br/>z', 'x\ny\nz'],
    ['white space shown as one space', '<p>Xi met\n   Obama\tin  Beijing</p>', 'Xi met Obama in Beijing'],
    ['blocks end paragraphs', '<h1>Head</h1><p>One <b>bold</b> word.</p><ul><li>a</li><li>b</li></ul><div>c</div>', 'Head\n\nOne bold word.\n\na\n\nb\n\nc'],
    ['table cells, stray text put before the table as browsers do', '<table><tr><td>cell</td><td>two</td></tr>stray</table>', 'stray\n\ncell\n\ntwo'],
    ['head dropped, the title first', '<head><title>Head title</title><meta name=x content="meta text"><style>b{}</style></head><body><p>b</p></body>', 'Head title\n\nb'],
    ['title is raw text', '<title>T &amp; <b>x</b></title><p>body</p>', 'T & <b>x</b>\n\nbody'],
    ['image alt and input values are attributes', '<p>a<img alt="alt text"><input value="typed">b</p>', 'ab'],
  ])('%s', (_case, page, text) => {
    expect(htmlToText(page)).toBe(text);
  });

  it('keeps a page nested 200,000 deep', () => {
    expect(htmlToText(`${'<div>'.repeat(200_000)}deep${'</div>'.repeat(200_000)}`)).toBe('deep');
  });
});

describe('htmlTitle', () => {
  it.each([
    ['the <title>, on one line', '<html><head><title>\n  Modi in\n Washington &amp; New York </title></head><body><h1>Other</h1></body></html>', 'Modi in Washington & New York'],
    ['else the first <h1>, markup and all', '<body><h1>Xi <em>meets</em> Biden</h1><h1>Second</h1></body>', 'Xi meets Biden'],
    ['an empty <title> falls back to the <h1>', '<title>  </title><h1>Heading</h1>', 'Heading'],
    ['not an svg <title>', '<svg><title>Icon</title></svg><h1>Real</h1>', 'Real'],
    ['not a title inside a comment', '<!--<title>Hidden</title>--><h1>Shown</h1>', 'Shown'],
    ['none', '<p>Just text</p>', null],
  ])('%s', (_case, page, title) => {
    expect(htmlTitle(page)).toBe(title);
  });

  it('gives the title and the text from one parse', () => {
    expect(htmlArticle('<title>T</title><p>Body</p>')).toEqual({ title: 'T', text: 'T\n\nBody' });
  });
});
