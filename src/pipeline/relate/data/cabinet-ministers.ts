// Cabinet ministers of the most reported states, 2015-2025 (issue 14): the catch-all office 'minister' (trade,
// commerce, justice, health, energy, ...; US cabinet secretaries, attorney general, trade representative, national
// security adviser; UK secretaries of state), and defence, finance and interior ministers data/office-holders.ts lacks.
// Same use and the same caveats as that table: world knowledge written by hand from memory (no source copied), only
// entries the writer was confident about, and only ever used to choose among the countries an article itself names.
import type { OfficeHolder } from './office-holders.ts';
import { cabinet, country } from './holder-rows.ts';

const DM = 'defence minister', FIN = 'finance minister', IM = 'interior minister';

export const CABINET_MINISTERS: readonly OfficeHolder[] = [
  // United States: cabinet secretaries, the attorney general and cabinet-level officers (the interior secretary runs
  // public lands, and homeland security is no interior ministry in the data's sense: both are listed as posts)
  ...cabinet('US', {
    'attorney general': [['Eric Holder', 2009, 2015], ['Loretta Lynch', 2015, 2017], ['Jeff Sessions', 2017, 2018],
      ['Matthew Whitaker', 2018, 2019], ['William Barr', 1991, 1993, ['Bill Barr']], ['William Barr', 2019, 2020, ['Bill Barr']],
      ['Merrick Garland', 2021, 2025], ['Pam Bondi', 2025]],
    'interior secretary': [['Sally Jewell', 2013, 2017], ['Ryan Zinke', 2017, 2019], ['David Bernhardt', 2019, 2021],
      ['Deb Haaland', 2021, 2025], ['Doug Burgum', 2025]],
    'agriculture secretary': [['Tom Vilsack', 2009, 2017], ['Sonny Perdue', 2017, 2021], ['Tom Vilsack', 2021, 2025], ['Brooke Rollins', 2025]],
    'commerce secretary': [['Penny Pritzker', 2013, 2017], ['Wilbur Ross', 2017, 2021], ['Gina Raimondo', 2021, 2025], ['Howard Lutnick', 2025]],
    'labor secretary': [['Tom Perez', 2013, 2017, ['Thomas Perez']], ['Alexander Acosta', 2017, 2019, ['Alex Acosta']], ['Eugene Scalia', 2019, 2021],
      ['Marty Walsh', 2021, 2023, ['Martin Walsh']], ['Julie Su', 2023, 2025], ['Lori Chavez-DeRemer', 2025]],
    'health secretary': [['Sylvia Mathews Burwell', 2014, 2017, ['Sylvia Burwell']], ['Tom Price', 2017, 2017], ['Alex Azar', 2018, 2021],
      ['Xavier Becerra', 2021, 2025], ['Robert F. Kennedy Jr.', 2025, undefined, ['Robert F. Kennedy', 'Robert Kennedy Jr.', 'RFK Jr.']]],
    'housing secretary': [['Julian Castro', 2014, 2017], ['Ben Carson', 2017, 2021], ['Marcia Fudge', 2021, 2024], ['Scott Turner', 2025]],
    'transportation secretary': [['Anthony Foxx', 2013, 2017], ['Elaine Chao', 2017, 2021], ['Pete Buttigieg', 2021, 2025], ['Sean Duffy', 2025]],
    'energy secretary': [['Ernest Moniz', 2013, 2017], ['Rick Perry', 2017, 2019], ['Dan Brouillette', 2019, 2021],
      ['Jennifer Granholm', 2021, 2025], ['Chris Wright', 2025]],
    'education secretary': [['Arne Duncan', 2009, 2015], ['John King Jr.', 2016, 2017, ['John B. King Jr.']], ['Betsy DeVos', 2017, 2021],
      ['Miguel Cardona', 2021, 2025], ['Linda McMahon', 2025]],
    'veterans affairs secretary': [['Robert McDonald', 2014, 2017, ['Bob McDonald']], ['David Shulkin', 2017, 2018], ['Robert Wilkie', 2018, 2021],
      ['Denis McDonough', 2021, 2025], ['Doug Collins', 2025]],
    'homeland security secretary': [['Jeh Johnson', 2013, 2017], ['John Kelly', 2017, 2017], ['Kirstjen Nielsen', 2017, 2019],
      ['Kevin McAleenan', 2019, 2019], ['Chad Wolf', 2019, 2021], ['Alejandro Mayorkas', 2021, 2025], ['Kristi Noem', 2025]],
    'trade representative': [['Michael Froman', 2013, 2017], ['Robert Lighthizer', 2017, 2021], ['Katherine Tai', 2021, 2025], ['Jamieson Greer', 2025]],
    'national security adviser': [['Susan Rice', 2013, 2017], ['Michael Flynn', 2017, 2017], ['H.R. McMaster', 2017, 2018, ['H. R. McMaster', 'HR McMaster']],
      ['John Bolton', 2018, 2019], ["Robert O'Brien", 2019, 2021], ['Jake Sullivan', 2021, 2025], ['Mike Waltz', 2025, 2025]],
    'EPA administrator': [['Gina McCarthy', 2013, 2017], ['Scott Pruitt', 2017, 2018], ['Andrew Wheeler', 2018, 2021], ['Michael Regan', 2021, 2025],
      ['Lee Zeldin', 2025]],
  }),
  // United Kingdom: secretaries of state and other cabinet posts; home secretaries are its interior ministers
  ...country('GB', [
    ['Jacqui Smith', IM, 2007, 2009], ['Alan Johnson', IM, 2009, 2010], ['Theresa May', IM, 2010, 2016], ['Amber Rudd', IM, 2016, 2018],
    ['Sajid Javid', IM, 2018, 2019], ['Priti Patel', IM, 2019, 2022], ['Suella Braverman', IM, 2022, 2023], ['James Cleverly', IM, 2023, 2024],
    ['Yvette Cooper', IM, 2024, 2025], ['Shabana Mahmood', IM, 2025],
  ]),
  ...cabinet('GB', {
    'deputy prime minister': [['Nick Clegg', 2010, 2015], ['Dominic Raab', 2021, 2023], ['Oliver Dowden', 2023, 2024], ['Angela Rayner', 2024, 2025],
      ['David Lammy', 2025]],
    'justice secretary': [['Chris Grayling', 2012, 2015], ['Michael Gove', 2015, 2016], ['Liz Truss', 2016, 2017], ['David Lidington', 2017, 2018],
      ['David Gauke', 2018, 2019], ['Robert Buckland', 2019, 2021], ['Dominic Raab', 2021, 2023], ['Brandon Lewis', 2022, 2022],
      ['Alex Chalk', 2023, 2024], ['Shabana Mahmood', 2024, 2025], ['David Lammy', 2025]],
    'health secretary': [['Jeremy Hunt', 2012, 2018], ['Matt Hancock', 2018, 2021], ['Sajid Javid', 2021, 2022], ['Steve Barclay', 2022, 2023, ['Stephen Barclay']],
      ['Therese Coffey', 2022, 2022], ['Victoria Atkins', 2023, 2024], ['Wes Streeting', 2024]],
    'business secretary': [['Vince Cable', 2010, 2015], ['Sajid Javid', 2015, 2016], ['Greg Clark', 2016, 2019], ['Andrea Leadsom', 2019, 2020],
      ['Alok Sharma', 2020, 2021], ['Kwasi Kwarteng', 2021, 2022], ['Jacob Rees-Mogg', 2022, 2022], ['Grant Shapps', 2022, 2023],
      ['Kemi Badenoch', 2023, 2024], ['Jonathan Reynolds', 2024, 2025], ['Peter Kyle', 2025]],
    'international trade secretary': [['Liam Fox', 2016, 2019], ['Liz Truss', 2019, 2021], ['Anne-Marie Trevelyan', 2021, 2022], ['Kemi Badenoch', 2022, 2023]],
    'Brexit secretary': [['David Davis', 2016, 2018], ['Dominic Raab', 2018, 2018], ['Steve Barclay', 2018, 2020, ['Stephen Barclay']]],
    'education secretary': [['Nicky Morgan', 2014, 2016], ['Justine Greening', 2016, 2018], ['Damian Hinds', 2018, 2019], ['Gavin Williamson', 2019, 2021],
      ['Nadhim Zahawi', 2021, 2022], ['Kit Malthouse', 2022, 2022], ['Gillian Keegan', 2022, 2024], ['Bridget Phillipson', 2024]],
    'environment secretary': [['Liz Truss', 2014, 2016], ['Andrea Leadsom', 2016, 2017], ['Michael Gove', 2017, 2019], ['Theresa Villiers', 2019, 2020],
      ['George Eustice', 2020, 2022], ['Ranil Jayawardena', 2022, 2022], ['Therese Coffey', 2022, 2023], ['Steve Barclay', 2023, 2024, ['Stephen Barclay']],
      ['Steve Reed', 2024, 2025], ['Emma Reynolds', 2025]],
    'work and pensions secretary': [['Iain Duncan Smith', 2010, 2016], ['Stephen Crabb', 2016, 2016], ['Damian Green', 2016, 2017], ['David Gauke', 2017, 2018],
      ['Esther McVey', 2018, 2018], ['Amber Rudd', 2018, 2019], ['Therese Coffey', 2019, 2022], ['Chloe Smith', 2022, 2022], ['Mel Stride', 2022, 2024],
      ['Liz Kendall', 2024, 2025], ['Pat McFadden', 2025]],
    'transport secretary': [['Patrick McLoughlin', 2012, 2016], ['Chris Grayling', 2016, 2019], ['Grant Shapps', 2019, 2022],
      ['Anne-Marie Trevelyan', 2022, 2022], ['Mark Harper', 2022, 2024], ['Louise Haigh', 2024, 2024], ['Heidi Alexander', 2024]],
    'energy secretary': [['Ed Miliband', 2008, 2010], ['Ed Davey', 2012, 2015], ['Amber Rudd', 2015, 2016], ['Grant Shapps', 2023, 2023],
      ['Claire Coutinho', 2023, 2024], ['Ed Miliband', 2024]],
    'culture secretary': [['John Whittingdale', 2015, 2016], ['Karen Bradley', 2016, 2018], ['Matt Hancock', 2018, 2018], ['Jeremy Wright', 2018, 2019],
      ['Nicky Morgan', 2019, 2020], ['Oliver Dowden', 2020, 2021], ['Nadine Dorries', 2021, 2022], ['Michelle Donelan', 2022, 2023],
      ['Lucy Frazer', 2023, 2024], ['Lisa Nandy', 2024]],
    'science secretary': [['Michelle Donelan', 2023, 2024], ['Peter Kyle', 2024, 2025], ['Liz Kendall', 2025]],
    'Northern Ireland secretary': [['Theresa Villiers', 2012, 2016], ['James Brokenshire', 2016, 2018], ['Karen Bradley', 2018, 2019],
      ['Julian Smith', 2019, 2020], ['Brandon Lewis', 2020, 2022], ['Shailesh Vara', 2022, 2022], ['Chris Heaton-Harris', 2022, 2024], ['Hilary Benn', 2024]],
    'Scotland secretary': [['David Mundell', 2015, 2019], ['Alister Jack', 2019, 2024], ['Ian Murray', 2024, 2025]],
    'Wales secretary': [['Stephen Crabb', 2014, 2016], ['Alun Cairns', 2016, 2019], ['Simon Hart', 2019, 2022], ['David TC Davies', 2022, 2024, ['David T. C. Davies']],
      ['Jo Stevens', 2024]],
    'housing secretary': [['Greg Clark', 2015, 2016], ['Sajid Javid', 2016, 2018], ['James Brokenshire', 2018, 2019], ['Robert Jenrick', 2019, 2021],
      ['Michael Gove', 2021, 2024], ['Greg Clark', 2022, 2022], ['Angela Rayner', 2024, 2025], ['Steve Reed', 2025]],
    'international development secretary': [['Justine Greening', 2012, 2016], ['Priti Patel', 2016, 2017], ['Penny Mordaunt', 2017, 2019],
      ['Rory Stewart', 2019, 2019], ['Alok Sharma', 2019, 2020], ['Anne-Marie Trevelyan', 2020, 2020]],
    'Cabinet Office minister': [['Oliver Letwin', 2014, 2016], ['David Lidington', 2018, 2019], ['Michael Gove', 2019, 2021], ['Pat McFadden', 2024, 2025]],
  }),
];
