import { describe, expect, it } from 'vitest';
import { loadFile } from './load.js';
import { inlineToText, markdownToText } from './markdown.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

describe('Markdown', () => {
  it('strips formatting and keeps blocks as paragraphs', async () => {
    const { text, meta } = await loadFile(fixture('story.md'));
    expect(meta).toMatchObject({ format: 'markdown', title: 'Front matter title', byline: 'Jo Writer', published: '2024-01-02' });
    expect(text.split('\n\n')).toEqual([
      'The heading of the story',
      'The minister said the new rules would take effect in May, according to officials.',
      'A quoted paragraph with a chart image.',
      'First item with snake_case_name kept',
      'Second item *not emphasis*',
      'Numbered item',
      'Setext heading',
      'Final paragraph with inline html and struck text.',
    ]);
  });

  it('takes the first level-1 heading as title when there is no front matter', () => {
    expect(markdownToText('Intro line.\n\n# Real title\n\nBody.').title).toBe('Real title');
    expect(markdownToText('Setext title\n===\n\nBody.').title).toBe('Setext title');
  });

  it('keeps code fences as text and leaves markdown inside code spans alone', () => {
    const out = markdownToText('Before.\n\n```js\nconst a = [x](y);\n```\n\nUse `**not bold**` here.');
    expect(out.text).toBe('Before.\n\nconst a = [x](y);\n\nUse **not bold** here.');
  });

  it('leaves arithmetic and lone asterisks alone', () => {
    expect(inlineToText('2 * 3 * 4 = 24 and a_b_c')).toBe('2 * 3 * 4 = 24 and a_b_c');
  });
});
