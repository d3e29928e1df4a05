// Drives the Agents Playground's own web page in Debian's Chromium, as a person would (typing, @mentioning,
// choosing, pressing), and captures three screens: a channel's welcome, a committee's confirmation and a refused
// dossier step. Each screen is checked for what a person must read there; the script exits 1 if one is missing.
// Usage: node tools/screenshots.cjs <playground-url> <output-folder>
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const [base, sortie] = process.argv.slice(2);
if (!base || !sortie) {
  console.error('usage: node tools/screenshots.cjs <playground-url> <output-folder>');
  process.exit(2);
}

// Flags that keep Chromium off the network on a closed machine (see the machine notes).
const ARGUMENTS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const DELAI = 20000;
const echecs = [];

function verifier(ecran, condition, attendu) {
  if (!condition) echecs.push(`${ecran}: ${attendu}`);
}

// A channel, a user, the bot, a personal chat as Teams names them (19:…@thread…, 29:…, 28:…, a:…); not a clock's 12:19:05.
const IdDeTeams = /@thread|(^|[\s(«"'])(19|28|29|a):[\w-]{6,}/m;

async function texteDesCartes(page) {
  return page.evaluate(() => [...document.querySelectorAll('.ac-adaptiveCard')].map(c => c.innerText).join('\n'));
}

async function capturer(page, nom) {
  const colonne = page.locator('main').first();
  const cible = (await colonne.count()) > 0 ? colonne : page;
  await cible.screenshot({ path: path.join(sortie, `${nom}.png`) });
}

async function ouvrir(page, conversation) {
  await page.getByText(conversation, { exact: true }).first().click();
  await page.waitForTimeout(500);
}

async function mentionner(page, texte) {
  await page.locator('[contenteditable=true]').first().click();
  await page.keyboard.type('@Team');
  await page.getByRole('menuitem', { name: 'TeamsConventions' }).click();
  await page.keyboard.type(` ${texte}`);
  await page.getByRole('button', { name: 'Post' }).click();
}

async function champApresLibelle(carte, libelle) {
  // Adaptive Cards render a label, then its input, in the same container.
  return carte.locator(`xpath=.//*[starts-with(normalize-space(text()), ${JSON.stringify(libelle)})]/following::input[1]`);
}

async function choisir(page, carte, libelle, option) {
  await (await champApresLibelle(carte, libelle)).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function accueilDuCanal(page) {
  await ouvrir(page, 'Votes du comité');
  const accueil = page.locator('.ac-adaptiveCard', { hasText: 'Bienvenue dans TeamsConventions' }).first();
  await accueil.waitFor({ timeout: DELAI });
  const texte = await accueil.innerText();
  verifier('canal-accueil', texte.includes('@TeamsConventions aide'), 'the welcome tells to @mention the bot');
  verifier('canal-accueil', texte.includes('le comité pourra voter'), 'the welcome says what the channel is for');
  await capturer(page, 'canal-accueil');
}

async function comiteConfigure(page) {
  await mentionner(page, 'comité');
  await page.getByRole('button', { name: 'Continuer' }).click({ timeout: DELAI });
  const carte = page.locator('.ac-adaptiveCard', { hasText: 'Siège de Marc Dubois' }).first();
  await carte.waitFor({ timeout: DELAI });
  const composition = [
    ['Nathalie Renard', 'Forem', 'Forem', '0207.123.407'], ['Marc Dubois', 'Forem', 'Forem', '0207.123.407'],
    ['Karim Benali', 'CPAS', 'CPAS de Liège', '0216.543.293'], ['Julie Martin', 'CPAS', 'CPAS de Herstal', '0220.987.675'],
    ['Thomas Leclercq', 'MIRE (invité permanent, sans voix)', 'MIRE Liège', ''],
  ];
  for (const [membre, siege, organisation, bce] of composition) {
    await choisir(page, carte, `Siège de ${membre}`, siege);
    const apres = (n) => carte.locator(`xpath=.//*[normalize-space(text())=${JSON.stringify(`Siège de ${membre}`)}]/following::input[${n}]`);
    await apres(2).fill(organisation);
    await apres(3).fill(bce);
  }
  await page.getByRole('button', { name: 'Vérifier et enregistrer' }).click();
  const confirmation = page.locator('.ac-adaptiveCard', { hasText: 'est configuré' }).first();
  await confirmation.waitFor({ timeout: DELAI });
  const texte = await confirmation.innerText();
  verifier('comite-configure', texte.includes('Le Comité de suivi — Liège est configuré'), "the confirmation names the team, not its id");
  verifier('comite-configure', texte.includes('4 membres votants, 1 invité'), 'the confirmation counts with real plurals');
  verifier('comite-configure', !IdDeTeams.test(await texteDesCartes(page)), 'no Teams id in any card');
  await confirmation.scrollIntoViewIfNeeded();
  await capturer(page, 'comite-configure');
}

async function etapeRefusee(page) {
  await ouvrir(page, 'Personal Chat');
  await page.locator('[contenteditable=true]').first().click();
  await page.keyboard.type('nouveau dossier');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Commencer un dossier' }).first().click({ timeout: DELAI });
  const carte = page.locator('.ac-adaptiveCard', { hasText: 'Étape 1 sur 10' }).first();
  await carte.waitFor({ timeout: DELAI });
  await (await champApresLibelle(carte, 'CPAS signataire')).fill('CPAS de Seraing');
  await (await champApresLibelle(carte, 'Numéro BCE du CPAS')).fill('0455.266.925');
  await carte.getByRole('button', { name: 'Suivant →' }).click();
  const refusee = page.locator('.ac-adaptiveCard', { hasText: 'la clé de contrôle ne correspond pas' }).first();
  await refusee.waitFor({ timeout: DELAI });
  const texte = await refusee.innerText();
  verifier('etape-refusee', texte.includes('Numéro BCE du CPAS'), 'the summary next to the buttons names the field by its label');
  verifier('etape-refusee', (await (await champApresLibelle(refusee, 'CPAS signataire')).inputValue()) === 'CPAS de Seraing', 'what was typed is kept');
  verifier('etape-refusee', (await (await champApresLibelle(refusee, 'Numéro BCE du CPAS')).inputValue()) === '0455.266.925', 'the refused value is shown back to fix');
  await capturer(page, 'etape-refusee');
}

(async () => {
  fs.mkdirSync(sortie, { recursive: true });
  const navigateur = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGUMENTS });
  try {
    const page = await navigateur.newPage({ viewport: { width: 1280, height: 1600 }, locale: 'fr-BE' });
    await page.goto(base, { waitUntil: 'networkidle' });
    for (const ecran of [accueilDuCanal, comiteConfigure, etapeRefusee]) {
      try {
        await ecran(page);
      } catch (e) {
        echecs.push(`${ecran.name}: ${e.message.split('\n')[0]}`);
        await page.screenshot({ path: path.join(sortie, `${ecran.name}-echec.png`), fullPage: true });
      }
    }
  } finally {
    await navigateur.close();
  }
  if (echecs.length > 0) {
    console.error(echecs.join('\n'));
    process.exit(1);
  }
  console.log(`3 screens captured in ${sortie}`);
})().catch(e => { console.error(e); process.exit(1); });
