using 'main.bicep'

param namePrefix = 'tc-dev'
param appServiceSku = 'B1'
param botLanguage = 'auto'
param documentLinkKey = readEnvironmentVariable('DOCUMENT_LINK_KEY', '')
param secretBallotKey = readEnvironmentVariable('SECRET_BALLOT_KEY', '')
param filingSiteId = readEnvironmentVariable('FILING_SITE_ID', '')
param senderMailbox = readEnvironmentVariable('SENDER_MAILBOX', '')
param teamsCatalogAppId = readEnvironmentVariable('TEAMS_CATALOG_APP_ID', '')
param sealCertificateSecretUri = readEnvironmentVariable('SEAL_CERTIFICATE_SECRET_URI', '')
