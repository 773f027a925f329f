package org.liaison.web.api;

public record Ward(String code, String name) {
}
