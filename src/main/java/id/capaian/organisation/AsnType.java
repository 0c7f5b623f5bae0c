package id.capaian.organisation;

/** PNS (permanent civil servant) or PPPK (government employee on contract). */
public enum AsnType { PNS, PPPK }
