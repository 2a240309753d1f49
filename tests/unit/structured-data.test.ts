import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, serializeJsonLd } from '../../src/lib/structured-data';

describe('JSON-LD', () => {
  it('cannot be broken out of by text that closes the script element', () => {
    const json = serializeJsonLd({ name: 'Acme </script><script>alert(1)</script> & Co' });
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(JSON.parse(json)).toEqual({ name: 'Acme </script><script>alert(1)</script> & Co' });
  });

  it('gives breadcrumbs absolute URLs in order', () => {
    const list = breadcrumbJsonLd(
      [
        { label: 'Home', href: '/' },
        { label: 'Aftercare', href: '/aftercare/' },
      ],
      new URL('https://clinic.example/'),
    );
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://clinic.example/' },
      { '@type': 'ListItem', position: 2, name: 'Aftercare', item: 'https://clinic.example/aftercare/' },
    ]);
  });
});
