// Parses Adaptive Cards with the official adaptivecards library, as a Teams-like host would, and reports every
// parse or validation event. Usage: node check-cards.cjs cards.json  (a JSON object { name: card, ... }).
"use strict";
const fs = require("fs");
const AC = require("adaptivecards/dist/adaptivecards.js");

// Teams' people picker ("choices.data": a Data.Query on graph.microsoft.com/users) is a documented Teams extension of
// Input.ChoiceSet that Teams honours on cards of version 1.5; the library only knows it from 1.6. That one event is
// expected; every other stays an error.
const TEAMS_PEOPLE_PICKER = /^UnsupportedProperty: Property "choices\.data" is supported in version 1\.6/;

// The people picker's static choices are empty (Teams fills them from the directory as the person types); the
// library calls an empty ChoiceSet an error. Tolerated only when every empty ChoiceSet of the card is a picker.
const EMPTY_CHOICE_SET = /^CollectionCantBeEmpty: An Input\.ChoiceSet must have at least one choice/;
const emptyChoiceSets = (node, found = []) => {
  if (Array.isArray(node)) node.forEach(n => emptyChoiceSets(n, found));
  else if (node && typeof node === "object") {
    if (node.type === "Input.ChoiceSet" && (!node.choices || node.choices.length === 0)) found.push(node);
    Object.values(node).forEach(v => emptyChoiceSets(v, found));
  }
  return found;
};

const cards = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const results = {};
for (const [name, json] of Object.entries(cards)) {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push(`${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    events.push(`${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
  }
  const onlyPickersEmpty = emptyChoiceSets(json).every(c => c["choices.data"]);
  results[name] = events.filter(e => !TEAMS_PEOPLE_PICKER.test(e) && !(onlyPickersEmpty && EMPTY_CHOICE_SET.test(e)));
}
process.stdout.write(JSON.stringify(results));
