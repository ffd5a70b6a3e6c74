package org.gridx.api.module;

/** The kinds of value a module setting can hold; each renders as its own form control. */
public enum SettingType {
    BOOLEAN, INTEGER, TEXT, CHOICE
}
