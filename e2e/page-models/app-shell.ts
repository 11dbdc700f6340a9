import { expect, type Locator, type Page } from '@playwright/test';
import { NAV_ITEMS, TEXTS, type Lang, type NavItem, type Ui } from './ui';

/** The sidebar and the page heading every screen shares. */
export class AppShell {
  constructor(private readonly ui: Ui) {}

  private get page(): Page {
    return this.ui.page;
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: this.ui.t.nav.label, exact: true });
  }

  links(): Locator {
    return this.nav().getByRole('link');
  }

  link(item: NavItem): Locator {
    return this.nav().getByRole('link', { name: this.ui.t.nav[item], exact: true });
  }

  /** The screen's title (h1). */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The nine navigation texts in one language, in sidebar order. */
  static navTexts(lang: Lang): string[] {
    return NAV_ITEMS.map((item) => TEXTS[lang].nav[item]);
  }

  async goTo(item: NavItem): Promise<void> {
    await this.link(item).click();
    await expect(this.link(item)).toHaveAttribute('aria-current', 'page');
    await expect(this.heading()).toContainText(this.ui.t.nav[item]);
  }

  /** The whole shell speaks `lang`: document language, navigation label and all nine links. */
  async expectLanguage(lang: Lang): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
    await expect(this.page.getByRole('navigation', { name: TEXTS[lang].nav.label, exact: true }).getByRole('link')).toHaveText(
      AppShell.navTexts(lang),
    );
  }
}
