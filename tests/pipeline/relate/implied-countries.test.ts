// A bare national title ("President X", "Economy Minister Y") names no country: the country is read from what the
// sentence places the person in, before the article's country (dateline or most named), and no guess is made when two
// countries compete. A bare company office ("Chief Executive X said Volvo Cars ...") likewise names the one company the
// officer says something of. Articles written for this test.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

type Case = [name: string, text: string, expected: string[], absent: string[]];

const roleCases: Case[] = [
  ['a sentence opening in a country sets its scene ("In neighbouring Mali, ...")',
    'DAKAR (Reuters) - Senegal closed its border crossings on Friday.\n\n'
      + 'In neighbouring Mali, soldiers overthrew President Amadou Kone in August.',
    ['Amadou Kone -president of-> Mali'], ['Amadou Kone -president of-> Senegal']],
  ['places coordinated after a locative preposition are where someone lived, not the title\'s country',
    'KIGALI (Reuters) - A court sentenced a former hotel manager to 20 years on Monday.\n\n'
      + 'The manager, a critic of President Jean Habimana who had lived in Canada and the United States, was found guilty.',
    ['Jean Habimana -president of-> Rwanda'], []],
  ['a country attacked by a hostile verb after the title is no candidate for it',
    'ASHGABAT (Reuters) - Turkmenistan has kept its distance from the war.\n\n'
      + 'Foreign Minister Dovlet Amanov said his delegation would not take part in a vote condemning Russia.',
    ['Dovlet Amanov -foreign minister of-> Turkmenistan'], ['Dovlet Amanov -foreign minister of-> Russia']],
  ['a country owning a thing named after the title is no candidate for it',
    'BUENOS AIRES (Reuters) - A Spanish bank will buy control of a local lender.\n\n'
      + 'Economy Minister Carlos Vidal welcomed the deal, saying it showed confidence a year after the crisis that followed Chile\'s devaluation.',
    ['Carlos Vidal -economy minister of-> Argentina'], ['Carlos Vidal -economy minister of-> Chile']],
  ['the country a titled speaker says something of is the one the speaker speaks for',
    'Malaysia has awarded an oil licence in a disputed sea. Malaysia says the block is its own, and Malaysia has sent a ship.\n\n'
      + 'President Budi Santoso said Indonesia would defend its sovereignty.',
    ['Budi Santoso -president of-> Indonesia'], ['Budi Santoso -president of-> Malaysia']],
  ['... also against a dateline the body names only as where things happen ("TAIPEI ... Minister X said Germany ...")',
    'TAIPEI (Reuters) - Germany will pay a third of the cost of a chip plant in Dresden, its builder said in Taipei.\n\n'
      + 'Germany has courted chipmakers for years. Germany also offered aid to a rival plant in Magdeburg.\n\n'
      + 'Economy Minister Klaus Berger said the investment showed that Germany remained attractive to investors.',
    ['Klaus Berger -economy minister of-> Germany'], ['Klaus Berger -economy minister of-> Taiwan']],
  ['a country that is the sentence\'s subject holds the title of its temporal clause',
    'BRASILIA (Reuters) - Brazil invited six countries to join the bloc.\n\n'
      + 'Chile later rejected the offer after President Ana Torres took office.',
    ['Ana Torres -president of-> Chile'], ['Ana Torres -president of-> Brazil']],
  ['the host a visitor meets in a capital is that capital\'s country',
    'The foreign minister of Australia began a tour of Asia on Sunday.\n\n'
      + 'She flew on to Hanoi, where she met President Tran Van Minh.',
    ['Tran Van Minh -president of-> Vietnam'], ['Tran Van Minh -president of-> Australia']],
  ['a government spokesman speaks for the article\'s country',
    'KIGALI (Reuters) - A court jailed an opposition leader on Monday.\n\n'
      + '"These were crimes against our citizens," government spokeswoman Alice Uwase said.',
    ['Alice Uwase -spokeswoman of-> Rwanda'], []],
  ['talks held at a venue abroad: the dateline is not the country of a bare title',
    'PRETORIA (Reuters) - Ethiopia and rebel forces agreed on Wednesday to stop fighting after talks in South Africa.\n\n'
      + 'Ethiopia said the deal would restore services. The rebels said Ethiopia must now withdraw its troops.\n\n'
      + 'Prime Minister Dawit Bekele said the talks had been held in a constructive spirit.',
    ['Dawit Bekele -prime minister of-> Ethiopia'], ['Dawit Bekele -prime minister of-> South Africa']],
];

const noGuessCases: Case[] = [
  ['guard: two countries in what the titled speaker says: no guess',
    'Malaysia has awarded an oil licence in a disputed sea. Malaysia says the block is its own, and Malaysia has sent a ship.\n\n'
      + 'President Budi Santoso said Indonesia and the Philippines would hold talks.',
    [], ['Budi Santoso -president of-> Indonesia', 'Budi Santoso -president of-> Philippines', 'Budi Santoso -president of-> Malaysia']],
  ['guard: a titled visitor speaking in a capital is not its country\'s',
    'ROME (Reuters) - Italy will send more ships to the Mediterranean.\n\n'
      + 'Prime Minister Carla Rossi, speaking in Paris, said the plan would be ready by June.',
    ['Carla Rossi -prime minister of-> Italy'], ['Carla Rossi -prime minister of-> France']],
  ['guard: what a minister says of another country, against the dateline\'s, gives no guess',
    'MOSCOW (Reuters) - Russia expelled two diplomats on Monday.\n\n'
      + 'Foreign Minister Pavel Orlov said Ukraine must withdraw its troops from the border.',
    [], ['Pavel Orlov -foreign minister of-> Ukraine', 'Pavel Orlov -foreign minister of-> Russia']],
  ['guard: a subject country acting after another\'s president did something is not the president\'s',
    'DUBAI (Reuters) - Oil prices rose on Monday.\n\n'
      + 'Iran rejected the offer after President Tom Walker imposed new sanctions.',
    [], ['Tom Walker -president of-> Iran']],
  ['guard: a country reporting on another\'s president is not the president\'s',
    'DUBAI (Reuters) - Oil prices rose on Monday.\n\n'
      + 'Iran said on Monday that President Tom Walker had imposed new sanctions.',
    [], ['Tom Walker -president of-> Iran']],
  ['two capitals before a meeting: no guess, not even the dateline\'s country',
    'BERLIN (Reuters) - Germany\'s foreign minister began a tour of Europe on Sunday.\n\n'
      + 'She will go on to Rome and Paris, where she will meet President Luc Moreau.',
    [], ['Luc Moreau -president of-> Italy', 'Luc Moreau -president of-> France', 'Luc Moreau -president of-> Germany']],
];

const companyCases: Case[] = [
  ['a company officer speaks for the one company the sentence says something of',
    'Volvo Cars will cut 3,000 jobs, the Swedish carmaker said on Monday.\n\n'
      + 'Chief Executive Jim Rowan said Volvo Cars had to become leaner to compete.',
    ['Jim Rowan -chief executive of-> Volvo Cars'], []],
  // (an officer the knowledge of organisation heads does not know: known-heads.ts would choose for a known one)
  ['guard: two companies in what the officer says: no guess',
    'Volvo Cars will cut 3,000 jobs, the Swedish carmaker said on Monday.\n\n'
      + 'Chief Executive Jon Aldersson said Volvo Cars would buy Polestar next year.',
    [], ['Jon Aldersson -chief executive of-> Volvo Cars', 'Jon Aldersson -chief executive of-> Polestar']],
];

describe('the country of a bare national title, from what the sentence places the person in', () => {
  for (const [name, text, expected, absent] of [...roleCases, ...noGuessCases]) {
    it(name, async () => {
      const lines = await readTypedLines(text);
      for (const l of expected) expect(lines).toContain(l);
      for (const l of absent) expect(lines).not.toContain(l);
    });
  }
});

describe('the company of a bare company office, from what the officer says', () => {
  for (const [name, text, expected, absent] of companyCases) {
    it(name, async () => {
      const lines = await readTypedLines(text);
      for (const l of expected) expect(lines).toContain(l);
      for (const l of absent) expect(lines).not.toContain(l);
    });
  }
});
