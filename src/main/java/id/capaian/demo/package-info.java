/**
 * Demo data: with {@code capaian.demo.enabled=true} (the {@code demo} profile that {@code ./mvnw spring-boot:run}
 * turns on) the application loads a populated demo agency, Pemerintah Kota Pematangsiantar, through the real
 * services: its organisation and accounts, then a year of performance plans (a closed 2025 period with a few
 * approved plans, and an open 2026 period with signed unit agreements and plans in every state), and prints the
 * demo sign-ins on the console. Nothing else depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package id.capaian.demo;
