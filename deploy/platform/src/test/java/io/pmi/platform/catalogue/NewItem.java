package io.pmi.platform.catalogue;

import jakarta.validation.constraints.NotBlank;

public record NewItem(@NotBlank String name) {
}
