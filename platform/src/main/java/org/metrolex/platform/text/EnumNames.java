package org.metrolex.platform.text;

/**
 * An enum value's label in Chinese and English, as domain code receives it: the domain reads no bundles, so a use
 * case hands it {@link Labels} (which implements this) when a refusal or note names a value.
 */
public interface EnumNames {

    String zh(Enum<?> value);

    String en(Enum<?> value);
}
