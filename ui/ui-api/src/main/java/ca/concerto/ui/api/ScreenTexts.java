package ca.concerto.ui.api;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.QuebecTime;

/**
 * The texts of a bundle's screens, from its own resource bundle: French (Québec) by default, English
 * second, and never the server's default language. A screen bundle extends this with its domain's
 * words (statuses, phases...).
 *
 * @since 1.1
 */
public class ScreenTexts {

    /** Dates are shown in Québec time, whatever the server's zone. */
    public static final ZoneId QUEBEC_ZONE = QuebecTime.ZONE;

    /** No fallback to the JVM's default locale: a French user gets French on an English server. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(List.of("java.properties"));

    private final Locale locale;
    private final ResourceBundle bundle;

    /**
     * @param baseName the resource bundle's base name, e.g. {@code ca.concerto.ui.plans.messages}
     * @param loader   the class loader of the bundle that holds it
     */
    protected ScreenTexts(String baseName, ClassLoader loader, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale, loader, CONTROL);
    }

    /** The user's locale: "en" gives English (Canada); anything else French (Québec). */
    public static Locale localeOf(UserAccount user) {
        String language = user == null ? null : user.language();
        if (language != null && language.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.CANADA;
        }
        return Locale.CANADA_FRENCH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of a key; a missing key shows as {@code !key!} rather than failing the screen. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }
}
