/**
 * Binary encodings shared by the capabilities that read authenticator output (passkeys, App Attest): the
 * immutable {@link dev.citadel.encoding.Bytes} and the strict CBOR reader. Plain Java, no dependencies.
 */
module dev.citadel.encoding {
    exports dev.citadel.encoding;
    exports dev.citadel.encoding.cbor;
}
