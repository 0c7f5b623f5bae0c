package id.capaian.development;

import java.io.InputStream;

/** A stored certificate with its content, for the employee, their line and the agency's administrators. */
public record TrainingCertificateFile(TrainingEnrolment enrolment, InputStream content) {
}
