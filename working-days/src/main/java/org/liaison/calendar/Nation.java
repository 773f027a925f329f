package org.liaison.calendar;

/** The UK nations with their own bank holidays, with their Jollyday region and GOV.UK division names. */
public enum Nation {
    ENGLAND_AND_WALES("eng", "england-and-wales"),
    SCOTLAND("sct", "scotland"),
    NORTHERN_IRELAND("nir", "northern-ireland");

    private final String jollydayRegion;
    private final String govUkDivision;

    Nation(String jollydayRegion, String govUkDivision) {
        this.jollydayRegion = jollydayRegion;
        this.govUkDivision = govUkDivision;
    }

    public String jollydayRegion() {
        return jollydayRegion;
    }

    public String govUkDivision() {
        return govUkDivision;
    }
}
