-- The signed machine-readable certificate (issue: certificate documents). document_xml holds the
-- canonical XML (CertificateXml.canonical) as UTF-8 text, exactly the bytes that were signed; the
-- signature is detached (base64) with its algorithm, key id and the base64 X.509 SubjectPublicKeyInfo,
-- so a certificate stays verifiable after the signing key is rotated. Null on rows issued before.
alter table certificate add column document_xml varchar;
alter table certificate add column signature varchar;
alter table certificate add column signature_algorithm varchar;
alter table certificate add column signing_key_id varchar;
alter table certificate add column public_key varchar;
