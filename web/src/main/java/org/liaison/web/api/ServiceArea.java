package org.liaison.web.api;

public record ServiceArea(String code, String name) {
}
