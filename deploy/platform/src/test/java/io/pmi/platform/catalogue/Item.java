package io.pmi.platform.catalogue;

/** An item as the catalogue answers it; fields the catalogue adds later are ignored (LenientJson). */
public record Item(String id, String name) {
}
