package id.capaian.organisation;

/** Kind of agency: kementerian, lembaga, provinsi, kota, kabupaten. */
public enum AgencyKind { MINISTRY, AGENCY, PROVINCE, CITY, REGENCY }
