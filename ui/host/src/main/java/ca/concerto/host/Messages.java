package ca.concerto.host;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The host's texts, from {@code ca/concerto/host/messages*.properties} (French of Québec by default). */
public final class Messages {

    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    public static final Locale ENGLISH = Locale.forLanguageTag("en-CA");
    private static final String BUNDLE = "ca.concerto.host.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            ResourceBundle rb = ResourceBundle.getBundle(BUNDLE, locale == null ? FRENCH : locale,
                    Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = rb.getString(key);
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                shown[i] = args[i] instanceof Preflight.MessageReason r ? get(locale, r.key()) : args[i];
            }
            return new MessageFormat(pattern, locale).format(shown);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** French, then English: for console messages read before anybody chose a language. */
    public static String bilingual(String key, Object... args) {
        return get(FRENCH, key, args) + " / " + get(ENGLISH, key, args);
    }

    /** The locale for a user's language code ("fr", "en"); French of Québec otherwise. */
    public static Locale forLanguage(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : FRENCH;
    }
}
