import { describe, expect, it } from 'vitest';
import { pickTarget } from '../../../lib/page-reader/in-page/pick-target';
import { readPage } from '../../../lib/page-reader/in-page/read-page';
import { createSiteChrome } from '../../../lib/page-reader/in-page/site-chrome';

function pageOf(html: string, title = 'CRM'): Document {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head><title>${title}</title></head><body>${html}</body></html>`,
    'text/html',
  );
  Object.defineProperty(doc, 'location', { value: new URL('https://crm.example.com/contacts/42'), configurable: true });
  return doc;
}

describe('what failed on real CRMs, as mechanisms', () => {
  it('reads a number and its type label in separate spans as the number, labelled, extension kept', () => {
    const context = readPage(
      pageOf(`<main><h5>Ana Ruiz</h5>
        <div><svg class="icon-phone"></svg><div><span>606-623-1809</span><span>Work</span></div></div>
        <div><svg class="icon-phone"></svg><div><span>(474) 620-4293 x796</span><span>Mobile</span></div></div></main>`),
    );
    expect(context.phones.map((phone) => [phone.raw, phone.label])).toEqual([
      ['606-623-1809', 'Work'],
      ['(474) 620-4293 x796', 'Mobile'],
    ]);
  });

  it('finds the name in an h5, not the app name in the banner that the page title repeats', () => {
    const context = readPage(
      pageOf(
        '<header><h1>Pipeline Pro</h1></header><main><h5>Danielle Whitaker</h5><a href="tel:+16066231809">Call</a></main>',
        'Pipeline Pro',
      ),
    );
    expect(context.name).toBe('Danielle Whitaker');
  });

  it('shows no name rather than a section title or the page title', () => {
    const context = readPage(
      pageOf('<main><h2>Contact info</h2><h3>Recent activity</h3><a href="tel:+16066231809">Call</a></main>', 'Acme CRM'),
    );
    expect(context.name).toBeUndefined();
  });

  it('takes the company after "at", and the status from a combobox under its heading past an empty separator', () => {
    const context = readPage(
      pageOf(`<main><h2>Ana Ruiz</h2><p>VP Operations<!-- --> at <a href="/companies/9">Brightwater Dental</a></p>
        <div><h4>Status</h4><div role="separator"></div><div class="select"><span>Negotiation</span><input role="combobox" readonly value=""></div></div>
        <a href="mailto:ana@example.com">ana@example.com</a></main>`),
    );
    expect(context.company).toBe('Brightwater Dental');
    expect(context.status).toBe('Negotiation');
  });

  it('ignores the fields of a form for a new note (hidden status, empty inputs, text area)', () => {
    const context = readPage(
      pageOf(`<main><h1>Ana Ruiz</h1><dl><dt>Phone</dt><dd>606-623-1809</dd></dl>
        <form><input type="hidden" name="status" value="warm"><label>Status <select name="status"><option value="">Choose…</option></select></label>
        <label>Subject <input name="subject" value=""></label><textarea name="note"></textarea><button>Save note</button></form></main>`),
    );
    expect(context.status).toBeUndefined();
    expect(context.fields.map((field) => field.label)).toEqual(['Phone']);
  });

  it('never splits a time in running text into a label and a value', () => {
    const context = readPage(
      pageOf(`<main><h1>Ana Ruiz</h1><dl><dt>Phone</dt><dd>606-623-1809</dd></dl>
        <ul class="timeline"><li><span>Emailed pricing · last Saturday at 5:57 AM</span></li><li>Call: left a voicemail</li></ul>
        <p>Meeting moved to 10:30 tomorrow</p></main>`),
    );
    expect(context.fields.map((field) => `${field.label}=${field.value}`)).toEqual(['Phone=606-623-1809']);
  });

  it('reads a value as its own element, never its siblings glued together', () => {
    const context = readPage(
      pageOf(`<main><h1>Ana Ruiz</h1><table><tr><td><span class="label">Account</span><span class="content">Harborline</span></td>
        <td><span class="label">Territory</span><span class="content">North</span></td></tr></table></main>`),
    );
    expect(context.company).toBe('Harborline');
    expect(context.fields.find((field) => field.label === 'Territory')?.value).toBe('North');
  });

  it('strips bidi controls from values', () => {
    const context = readPage(pageOf('<main><h1>\u202eAna Ruiz\u202c</h1><dl><dt>Company</dt><dd>\u2066Acme\u2069</dd></dl></main>'));
    expect(context.name).toBe('Ana Ruiz');
    expect(context.company).toBe('Acme');
  });
});

describe('learning the site chrome across records', () => {
  it('stops offering a text as the name once two different people showed it', () => {
    const chrome = createSiteChrome();
    const record = (name: string, phone: string) =>
      pageOf(`<div class="brand"><h2>Northwind</h2></div><section><h3>${name}</h3><a href="tel:${phone}">${phone}</a></section>`);
    const readWithChrome = (doc: Document) => {
      let names: string[] = [];
      const context = readPage(doc, { siteChrome: chrome.texts, onNameCandidates: (texts) => (names = texts) });
      chrome.learn(names, context);
      return context;
    };
    readWithChrome(record('Ana Ruiz', '+16066231809'));
    readWithChrome(record('Ben Okafor', '+17205550148'));
    expect(chrome.texts.has('Northwind')).toBe(true);
    expect(chrome.texts.has('Ana Ruiz')).toBe(false);
    expect(readWithChrome(record('Chen Jing', '+8613800138000')).name).toBe('Chen Jing');
  });
});

describe('what the picker maps', () => {
  it('refuses the page itself', () => {
    const doc = pageOf('<p>x</p>');
    expect(pickTarget(doc.documentElement)).toEqual({ ok: false, reason: 'too-large' });
    expect(pickTarget(doc.body)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('maps a select by its selected option, and a combobox by the value it shows', () => {
    document.body.innerHTML = `<select id="s"><option>New</option><option selected>Won</option></select>
      <div class="select" id="wrap"><span>Negotiation</span><input role="combobox" aria-controls="list" readonly></div>
      <ul role="listbox" id="list"><li role="option" id="o1">Negotiation</li><li role="option">Lost</li></ul>`;
    const select = pickTarget(document.querySelector('#s option') as Element);
    expect(select.ok && [select.element.id, select.value]).toEqual(['s', 'Won']);
    const fromInput = pickTarget(document.querySelector('[role=combobox]') as Element);
    expect(fromInput.ok && [fromInput.element.id, fromInput.value]).toEqual(['wrap', 'Negotiation']);
    // An option of the open popup maps the combobox it belongs to (the popup is gone after a reload).
    const fromOption = pickTarget(document.getElementById('o1') as Element);
    expect(fromOption.ok && fromOption.element.id).toBe('wrap');
  });
});

describe('what the picker maps when the rep clicks a dropdown arrow', () => {
  it('maps the combobox the arrow belongs to', () => {
    document.body.innerHTML = `<div class="select" id="wrap"><div><span>Contacted</span><input role="combobox" readonly></div>
      <span class="suffix"><i class="caret"><svg id="arrow"><path d="M0 0"></path></svg></i></span></div>`;
    const picked = pickTarget(document.getElementById('arrow') as Element);
    expect(picked.ok && [picked.value]).toEqual(['Contacted']);
  });
});
