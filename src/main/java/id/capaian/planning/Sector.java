package id.capaian.planning;

/** The field an indicator template belongs to. */
public enum Sector { HEALTH, EDUCATION, POPULATION, ADMINISTRATION, PUBLIC_SERVICE, GENERAL }
