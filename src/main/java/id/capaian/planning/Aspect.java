package id.capaian.planning;

/** The aspect an indicator measures: quantity, quality, time, or cost. */
public enum Aspect { KUANTITAS, KUALITAS, WAKTU, BIAYA }
