package id.capaian.planning;

/** RHK utama (main) or tambahan (additional). */
public enum ResultKind { UTAMA, TAMBAHAN }
