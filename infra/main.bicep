// TeamsConventions in one resource group: Linux App Service (.NET 10) running the bot under a user-assigned
// managed identity, Table storage without shared keys, the Azure Bot (managed-identity app type) with its Teams
// channel, and Application Insights. Deploy: see README "Deploy".

@description('Short prefix of every resource name, e.g. tc-dev (letters, digits, hyphens).')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Azure region of the resources.')
param location string = resourceGroup().location

@description('Entra tenant of the bot (single tenant).')
param tenantId string = subscription().tenantId

@description('App Service plan SKU: B1 for a pilot, P0v3 or above for production.')
@allowed([
  'B1'
  'B2'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Language policy of the bot: auto (the Teams client language), fr-BE or en.')
@allowed([
  'auto'
  'fr-BE'
  'en'
])
param botLanguage string = 'auto'

@secure()
@description('Base64 of 32 random bytes (openssl rand -base64 32) signing the links to the dossiers\' Word documents; the same for every instance.')
param documentLinkKey string

@secure()
@description('Base64 of at least 32 random bytes wrapping the keys of secret votes while they are open; keep it in your secret store and reuse it.')
param secretBallotKey string

@description('The Graph id of the SharePoint site signed documents are filed in (contoso.sharepoint.com,{site-guid},{web-guid}); the bot gets Sites.Selected and a write grant on it alone (README, Deploy).')
param filingSiteId string

@description('The document library of that site, by the name the site shows.')
param filingLibrary string = 'Conventions signées'

@description('The Key Vault secret holding the organisation\'s seal certificate (a Key Vault certificate\'s secret: its PFX), read through a Key Vault reference by the bot\'s identity (Key Vault Secrets User on it).')
param sealCertificateSecretUri string

@description('The secretariat\'s mailbox that sends signing links and codes to people Teams cannot reach; the bot gets Mail.Send restricted to it alone (README, Deploy).')
param senderMailbox string

@description('The app\'s id in the organisation\'s Teams catalogue, to install it for a signatory who never opened it; empty: such people are reported to the secretariat instead.')
param teamsCatalogAppId string = ''

var storageName = toLower(take('${replace(namePrefix, '-', '')}tables${uniqueString(resourceGroup().id)}', 24))
var storageTableDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-bot-identity'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: false
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource tableDataForBot 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: storageTableDataContributor
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-bot'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'AzureAd__Instance'
          value: environment().authentication.loginEndpoint
        }
        {
          name: 'AzureAd__TenantId'
          value: tenantId
        }
        {
          name: 'AzureAd__ClientId'
          value: identity.properties.clientId
        }
        {
          name: 'AzureAd__ManagedIdentityClientId'
          value: identity.properties.clientId
        }
        {
          name: 'Storage__TableServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'Storage__ManagedIdentityClientId'
          value: identity.properties.clientId
        }
        {
          name: 'Bot__Langue'
          value: botLanguage
        }
        {
          name: 'Dossiers__AdressePublique'
          value: 'https://${namePrefix}-bot.azurewebsites.net/'
        }
        {
          name: 'Dossiers__CleDesLiens'
          value: documentLinkKey
        }
        {
          name: 'Storage__CleDesVotesSecrets'
          value: secretBallotKey
        }
        {
          name: 'Classement__Bibliotheque'
          value: 'SharePoint'
        }
        {
          name: 'Classement__SharePoint__SiteId'
          value: filingSiteId
        }
        {
          name: 'Classement__SharePoint__Bibliotheque'
          value: filingLibrary
        }
        {
          name: 'Classement__Sceau__Certificat'
          value: '@Microsoft.KeyVault(SecretUri=${sealCertificateSecretUri})'
        }
        {
          name: 'Evaluations__Calendrier'
          value: 'Outlook'
        }
        {
          name: 'Evaluations__Organisateur'
          value: senderMailbox
        }
        {
          name: 'Courriel__Envoi'
          value: 'Graph'
        }
        {
          name: 'Courriel__Expediteur'
          value: senderMailbox
        }
        {
          name: 'Installation__IdDansLeCatalogue'
          value: teamsCatalogAppId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
      ]
    }
  }
  dependsOn: [
    tableDataForBot
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: 'TeamsConventions'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
    disableLocalAuth: true
    developerAppInsightsApplicationId: insights.properties.AppId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

@description('BOT_ID of manifest/env/.env.<env>: the app id of the bot (the managed identity client id).')
output botId string = identity.properties.clientId

@description('BOT_DOMAIN of manifest/env/.env.<env>.')
output botDomain string = site.properties.defaultHostName

@description('The web app to publish the bot to.')
output webAppName string = site.name

@description('Table endpoint the bot uses (no shared key).')
output tableServiceUri string = storage.properties.primaryEndpoints.table
