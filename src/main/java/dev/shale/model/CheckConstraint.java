package dev.shale.model;

public record CheckConstraint(String name, String expression) {}
