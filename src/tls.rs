//! TLS for both protocols (`amqps://` and `https://`): reading the PEM files of `--ca-cert`,
//! `--client-cert` and `--client-key`, the rustls configuration of AMQP connections, the explicit
//! `--insecure` opt-out, and telling the user in plain words why a TLS handshake failed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    AlertDescription, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use rustls_platform_verifier::BuilderVerifierExt;

use crate::error::{Error, Result};

pub const INSECURE_WARNING: &str = "warning: --insecure: the broker's TLS certificate is not \
verified; anyone between you and the broker can read and change the traffic";

/// The TLS files and choices of this run, as resolution decided them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsFiles {
    pub ca_cert: Option<PathBuf>,
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    pub insecure: bool,
}

/// The certificates and key of the TLS options, read and checked once.
pub struct TlsMaterial {
    /// PEM of `--ca-cert`: when given, the only roots trusted (the system's are not).
    pub ca_pem: Option<Vec<u8>>,
    ca_certs: Vec<CertificateDer<'static>>,
    /// PEM of the client certificate chain followed by its key (reqwest's `Identity` wants both).
    pub identity_pem: Option<Vec<u8>>,
    identity: Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)>,
    pub insecure: bool,
}

impl TlsMaterial {
    pub fn load(files: &TlsFiles) -> Result<Self> {
        let (ca_pem, ca_certs) = match &files.ca_cert {
            Some(path) => {
                let pem = read(path, "CA certificate")?;
                let certs = certificates(&pem, path, "--ca-cert")?;
                (Some(pem), certs)
            }
            None => (None, Vec::new()),
        };
        let (identity_pem, identity) = match (&files.client_cert, &files.client_key) {
            (None, None) => (None, None),
            (None, Some(_)) => {
                return Err(Error::usage(
                    "--client-key needs --client-cert (the certificate of that key)",
                ));
            }
            (Some(cert_path), key_path) => {
                let cert_pem = read(cert_path, "client certificate")?;
                let certs = certificates(&cert_pem, cert_path, "--client-cert")?;
                // Without --client-key the key is looked for in the certificate's file.
                let key_path = key_path.as_deref().unwrap_or(cert_path);
                let key_pem = read(key_path, "client key")?;
                let key = PrivateKeyDer::from_pem_slice(&key_pem).map_err(|_| {
                    Error::usage(format!(
                        "'{}' holds no PEM private key (PKCS#8, PKCS#1 or SEC1, unencrypted){}",
                        key_path.display(),
                        if files.client_key.is_none() {
                            ": give it with --client-key"
                        } else {
                            ""
                        }
                    ))
                })?;
                let mut pem = cert_pem;
                pem.push(b'\n');
                pem.extend_from_slice(&key_pem);
                (Some(pem), Some((certs, key)))
            }
        };
        Ok(TlsMaterial {
            ca_pem,
            ca_certs,
            identity_pem,
            identity,
            insecure: files.insecure,
        })
    }

    /// The rustls client configuration of `amqps://` connections.
    pub fn rustls_config(&self) -> Result<ClientConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::internal(format!("cannot set up TLS: {e}")))?;
        let builder = if self.insecure {
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate(
                    provider.signature_verification_algorithms,
                )))
        } else if self.ca_pem.is_some() {
            let mut roots = RootCertStore::empty();
            roots.add_parsable_certificates(self.ca_certs.iter().cloned());
            builder.with_root_certificates(roots)
        } else {
            builder.with_platform_verifier().map_err(|e| {
                Error::config(format!(
                    "cannot load the system's CA certificates ({e}): give the broker's CA with --ca-cert"
                ))
            })?
        };
        match &self.identity {
            Some((certs, key)) => builder
                .with_client_auth_cert(certs.clone(), key.clone_key())
                .map_err(|e| Error::usage(format!("unusable client certificate or key: {e}"))),
            None => Ok(builder.with_no_client_auth()),
        }
    }
}

fn read(path: &Path, what: &str) -> Result<Vec<u8>> {
    std::fs::read(path)
        .map_err(|e| Error::not_found(format!("cannot read {what} '{}': {e}", path.display())))
}

fn certificates(pem: &[u8], path: &Path, flag: &str) -> Result<Vec<CertificateDer<'static>>> {
    let certs = CertificateDer::pem_slice_iter(pem)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::usage(format!("{flag} '{}': {e}", path.display())))?;
    if certs.is_empty() {
        return Err(Error::usage(format!(
            "{flag} '{}' holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
            path.display()
        )));
    }
    Ok(certs)
}

/// `--insecure`: any certificate is accepted, but the handshake signatures are still checked,
/// so the connection is at least encrypted end to end with whoever answered.
#[derive(Debug)]
struct AcceptAnyCertificate(WebPkiSupportedAlgorithms);

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_schemes()
    }
}

/// reqwest is built without a bundled crypto provider: rustls' ring provider serves both
/// protocols. Installing it twice is harmless.
pub fn install_provider() {
    let _: std::result::Result<(), Arc<CryptoProvider>> =
        rustls::crypto::ring::default_provider().install_default();
}

/// Why a TLS connection failed, found in an error's chain of sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlsFailure {
    /// We do not trust the peer's certificate.
    Untrusted(String),
    /// The peer refused our client certificate (or its absence).
    ClientRefused(String),
    /// The peer did not answer in TLS: most likely a plain port.
    NotTls,
    /// Anything else in the handshake.
    Other(String),
}

impl TlsFailure {
    /// Finds the rustls error under `err`, if there is one.
    pub fn find(err: &(dyn std::error::Error + 'static)) -> Option<TlsFailure> {
        let mut current = Some(err);
        while let Some(err) = current {
            if let Some(tls) = err.downcast_ref::<rustls::Error>() {
                return Some(TlsFailure::from_rustls(tls));
            }
            // An io::Error's source() skips its payload (it answers the payload's source):
            // step into the payload itself, which may be another io::Error.
            current = match err.downcast_ref::<std::io::Error>() {
                Some(io) => io
                    .get_ref()
                    .map(|inner| inner as &(dyn std::error::Error + 'static)),
                None => err.source(),
            };
        }
        None
    }

    fn from_rustls(err: &rustls::Error) -> TlsFailure {
        use rustls::Error as E;
        match err {
            E::InvalidCertificate(reason) => TlsFailure::Untrusted(describe_certificate(reason)),
            E::NoCertificatesPresented => TlsFailure::Untrusted("it sent no certificate".into()),
            E::AlertReceived(
                alert @ (AlertDescription::BadCertificate
                | AlertDescription::CertificateRequired
                | AlertDescription::UnknownCA
                | AlertDescription::CertificateUnknown
                | AlertDescription::CertificateRevoked
                | AlertDescription::CertificateExpired
                | AlertDescription::UnsupportedCertificate
                | AlertDescription::AccessDenied),
            ) => TlsFailure::ClientRefused(format!("{alert:?}")),
            E::InvalidMessage(_) | E::InappropriateMessage { .. } => TlsFailure::NotTls,
            other => TlsFailure::Other(other.to_string()),
        }
    }

    /// The `mq` error for a TLS failure talking to `peer` (an AMQP node or the management API).
    pub fn into_error(self, peer: &str) -> Error {
        match self {
            TlsFailure::Untrusted(reason) => Error::unavailable(
                format!("TLS certificate verification failed for {peer}: {reason}"),
                Some(
                    "give the CA certificate that signed the broker's certificate with --ca-cert FILE \
                     (--insecure skips verification: unsafe)",
                ),
            ),
            TlsFailure::ClientRefused(alert) => Error::access_refused(format!(
                "{peer} refused the TLS client certificate ({alert}): give one it trusts with \
                 --client-cert and --client-key"
            )),
            TlsFailure::NotTls => Error::unavailable(
                format!("TLS handshake with {peer} failed: the peer does not speak TLS"),
                Some("is that a TLS port? AMQPS is usually 5671, the management API's HTTPS 15671"),
            ),
            TlsFailure::Other(text) => {
                Error::unavailable(format!("TLS handshake with {peer} failed: {text}"), None)
            }
        }
    }
}

fn describe_certificate(reason: &rustls::CertificateError) -> String {
    use rustls::CertificateError as C;
    match reason {
        C::UnknownIssuer => "its certificate is signed by an unknown CA".into(),
        C::Expired | C::ExpiredContext { .. } => "its certificate has expired".into(),
        C::NotValidYet | C::NotValidYetContext { .. } => "its certificate is not valid yet".into(),
        C::NotValidForName | C::NotValidForNameContext { .. } => {
            format!("its certificate is not valid for that host name ({reason})")
        }
        C::Revoked => "its certificate has been revoked".into(),
        other => format!("invalid certificate ({other})"),
    }
}
