using 'main.bicep'

param namePrefix = 'tc-dev'
param appServiceSku = 'B1'
param botLanguage = 'auto'
