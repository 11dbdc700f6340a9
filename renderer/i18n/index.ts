import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { formatErrorMessage, type Language } from '../../electron/contract/messages';
import type { ApiError } from '../../electron/contract/result';
import { en } from './en';
import { lv } from './lv';

/** The OS locale decides until the user picks a language in Settings (Electron sets navigator.language from it). */
export function systemLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('lv') ? 'lv' : 'en';
}

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, lv: { translation: lv } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18next.language === 'lv' ? 'lv' : 'en';
}

/** An API refusal in the user's language, naming the field. */
export function useErrorText(): (error: ApiError) => string {
  const { i18n } = useTranslation();
  const lang: Language = i18n.language === 'lv' ? 'lv' : 'en';
  return (error) => formatErrorMessage(lang, error.details);
}

export { useTranslation };
