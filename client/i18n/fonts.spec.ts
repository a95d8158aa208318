import { parseFontStylesheets } from './fonts';

describe('font stylesheets named by the page', () => {
  it('reads the stylesheet of each language', () => {
    expect(parseFontStylesheets('ar=/assets/fonts-ar-1.css zh=/assets/fonts-zh-2.css')).toEqual({
      ar: '/assets/fonts-ar-1.css',
      zh: '/assets/fonts-zh-2.css',
    });
  });

  it('ignores anything outside the app’s assets or for no language', () => {
    expect(parseFontStylesheets('ar=https://fonts.example/ar.css xx=/assets/x.css')).toEqual({});
    expect(parseFontStylesheets('')).toEqual({});
  });
});
