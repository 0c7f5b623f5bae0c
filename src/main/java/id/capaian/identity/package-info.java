/** Accounts (akun), sign-in, roles (peran) and API tokens. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package id.capaian.identity;
