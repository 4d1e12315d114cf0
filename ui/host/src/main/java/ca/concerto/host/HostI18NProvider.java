package ca.concerto.host;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/** The host's texts for Vaadin's {@code getTranslation}: French of Québec first, English second. */
public class HostI18NProvider implements I18NProvider {

    private static final long serialVersionUID = 1L;

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.FRENCH, Messages.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }
}
