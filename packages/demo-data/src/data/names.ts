/**
 * Given names and surnames per naming culture, written in Latin script (usual transliteration). Combinations are
 * random, so they describe no real person. Surnames are given in their masculine/neutral form; `feminineSurname`
 * derives the feminine form where the language has one.
 */
export type NameCulture =
  | "fr" | "de" | "nl" | "es" | "it" | "pt" | "pl" | "cs" | "hu" | "ro" | "bg" | "sr" | "hr" | "el" | "tr"
  | "nordic" | "fi" | "et" | "lv" | "lt" | "en" | "zh" | "ja" | "ko" | "ar" | "he" | "fa" | "hi" | "vi" | "th"
  | "id" | "ru" | "uk" | "ka" | "hy" | "uz" | "kk" | "mn" | "sw" | "am" | "mg" | "wo";

interface NamePool {
  female: string;
  male: string;
  surnames: string;
}

const POOLS: Record<NameCulture, NamePool> = {
  fr: {
    female: "Camille Léa Manon Chloé Emma Inès Sarah Juliette Louise Clara Lucie Mathilde Pauline Margaux Alice Jeanne Élise Anaïs Marion Charlotte Océane Justine Agathe Salomé",
    male: "Lucas Hugo Louis Thomas Arthur Nathan Théo Paul Antoine Maxime Julien Baptiste Clément Romain Quentin Alexandre Adrien Victor Mathis Benjamin Simon Gabriel Martin Étienne",
    surnames: "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier Rodriguez Da Silva Hubert Louis Charles Guillot Rivière Le Gall Guillaume Adam Rey Moulin Gonzalez Berger Lecomte Menard Fleury Deschamps Carpentier Julien Benoit Paris Maillard Marchal Aubry Vasseur Le Roux Renault Jacquet Collet Prévost Poirier Charpentier Royer Huet Baron Dupuy Pons Paul Laine Carré Breton Rémy Schneider Perrot Barre Marty Cousin",
  },
  de: {
    female: "Anna Lena Laura Julia Sophie Lea Hannah Marie Katharina Sarah Johanna Paula Clara Lisa Franziska",
    male: "Lukas Jonas Leon Felix Maximilian Paul Tobias Niklas Jan Moritz Florian Simon David Philipp Sebastian",
    surnames: "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Neumann Schwarz Braun Zimmermann Hartmann Lange",
  },
  nl: {
    female: "Emma Sanne Lotte Fleur Anouk Iris Eva Femke Julia Noor",
    male: "Daan Sem Bram Lars Thijs Ruben Jesse Milan Niels Stijn",
    surnames: "Jansen Visser Smit Bakker Mulder Bos Vos Peters Hendriks Dekker Dijkstra Willems Claes Maes Peeters",
  },
  es: {
    female: "Lucía María Paula Sofía Carmen Laura Marta Elena Ana Claudia Valentina Ximena Camila Daniela",
    male: "Pablo Daniel Alejandro Javier Carlos Diego Miguel Sergio Mateo Álvaro Santiago Andrés Emiliano Luis",
    surnames: "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Torres Ramírez Flores Mamani Quispe Huamán",
  },
  it: {
    female: "Giulia Chiara Francesca Sara Martina Alessia Federica Valentina Elena Silvia Beatrice",
    male: "Luca Marco Matteo Alessandro Andrea Lorenzo Davide Francesco Simone Riccardo Tommaso",
    surnames: "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Costa Giordano",
  },
  pt: {
    female: "Ana Beatriz Inês Mariana Carolina Joana Sofia Rita Catarina Leonor",
    male: "João Pedro Tiago Diogo Miguel Rodrigo Gonçalo Rui Duarte Afonso",
    surnames: "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves",
  },
  pl: {
    female: "Anna Zuzanna Julia Maja Aleksandra Natalia Katarzyna Magdalena Agnieszka Karolina Wiktoria",
    male: "Jakub Kacper Piotr Mateusz Michał Tomasz Paweł Krzysztof Bartosz Wojciech Szymon",
    surnames: "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Mazur Krawczyk",
  },
  cs: {
    female: "Tereza Eliška Anna Kateřina Lucie Veronika Barbora Klára Adéla Markéta",
    male: "Jan Tomáš Jakub Martin Petr Lukáš Ondřej Vojtěch Marek Filip",
    surnames: "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil",
  },
  hu: {
    female: "Anna Eszter Réka Zsófia Dóra Petra Lilla Boglárka Nóra Judit",
    male: "Bence Máté Dávid Balázs Péter Gergely Ádám Levente Tamás Zoltán",
    surnames: "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp",
  },
  ro: {
    female: "Andreea Ioana Maria Elena Alexandra Ana Cristina Diana Bianca Raluca",
    male: "Andrei Alexandru Mihai Ionuț Ștefan Cristian Bogdan Vlad Radu Gabriel",
    surnames: "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Munteanu Constantin Matei",
  },
  bg: {
    female: "Maria Ivana Elena Desislava Gergana Yoana Viktoria Nikol Radostina Teodora",
    male: "Georgi Ivan Dimitar Nikolay Petar Hristo Stoyan Aleksandar Martin Kaloyan",
    surnames: "Ivanov Georgiev Dimitrov Petrov Nikolov Hristov Stoyanov Todorov Iliev Angelov",
  },
  sr: {
    female: "Milica Jelena Ana Marija Jovana Teodora Katarina Sara Nina Ivana",
    male: "Nikola Marko Stefan Luka Aleksandar Miloš Filip Đorđe Lazar Vuk",
    surnames: "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Popović",
  },
  hr: {
    female: "Ana Petra Lucija Ivana Marija Katarina Lana Ema Sara Nika",
    male: "Luka Ivan Marko Josip Filip Matej Ante Karlo Tomislav Petar",
    surnames: "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Zupan Kranjc Krajnc",
  },
  el: {
    female: "Maria Eleni Katerina Sofia Georgia Dimitra Ioanna Christina Anastasia Vasiliki",
    male: "Giorgos Nikos Dimitris Kostas Giannis Panagiotis Christos Vasilis Alexandros Michalis",
    surnames: "Papadopoulos Georgiou Nikolaidis Papageorgiou Vlachos Antoniou Karagiannis Oikonomou Makris Dimitriou Pappas Konstantinidis",
  },
  tr: {
    female: "Zeynep Elif Ayşe Defne Ecrin Merve Selin Büşra Esra Deniz",
    male: "Mehmet Mustafa Emre Burak Can Ahmet Ali Murat Kerem Yusuf",
    surnames: "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan",
  },
  nordic: {
    female: "Emma Maja Ida Freja Ella Astrid Ingrid Nora Sara Karin",
    male: "Oskar William Lucas Magnus Emil Anders Erik Jonas Mikkel Henrik",
    surnames: "Andersson Johansson Karlsson Nilsson Eriksson Larsen Hansen Nielsen Jensen Pedersen Olsen Berg",
  },
  fi: {
    female: "Aino Helmi Emilia Sofia Venla Ella Aada Enni Sanni Iida",
    male: "Eino Väinö Onni Leo Elias Oliver Eetu Juho Antti Mikko",
    surnames: "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen",
  },
  et: {
    female: "Mari Kadri Liis Triin Kristiina Maarja Anu Kertu",
    male: "Martin Rasmus Kristjan Andres Mihkel Tõnis Marten Siim",
    surnames: "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel",
  },
  lv: {
    female: "Anna Līga Laura Elīna Kristīne Ieva Marta Zane",
    male: "Jānis Andris Mārtiņš Kārlis Roberts Edgars Artūrs Rihards",
    surnames: "Bērziņš Kalniņš Ozoliņš Jansons Ozols Liepiņš Krūmiņš Balodis Zariņš Pētersons",
  },
  lt: {
    female: "Emilija Gabija Austėja Ugnė Rūta Eglė Ieva Greta",
    male: "Jonas Lukas Mantas Tomas Paulius Mindaugas Dovydas Karolis",
    surnames: "Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas",
  },
  en: {
    female: "Emily Olivia Sophie Grace Charlotte Hannah Jessica Emma Madison Abigail Chloe Megan",
    male: "James Oliver Jack Harry William Thomas Daniel Matthew Ethan Michael Ryan Samuel",
    surnames: "Smith Jones Williams Taylor Brown Davies Wilson Evans Johnson Walker Miller Anderson Clarke Murphy Kelly",
  },
  zh: {
    female: "Fang Na Min Jing Xue Ying Qian Xin Yan Mei Ting Lan Xiaoyu Jingyi Yutong Zihan Ruoxi Shuang Wenjing Xiaohui",
    male: "Wei Lei Jun Hao Qiang Tao Bo Peng Yong Jie Chao Feng Ming Zhiwei Haoran Yuxuan Jiahao Zihao",
    surnames: "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo",
  },
  ja: {
    female: "Yui Aoi Sakura Haruka Yuna Misaki Nanami Rin Mio Hina Ayaka Mei",
    male: "Haruto Yuto Sota Ren Riku Kaito Takumi Daiki Shota Kenta Yuki Hiroshi",
    surnames: "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue",
  },
  ko: {
    female: "Seo-yeon Ji-woo Min-seo Ha-eun Soo-ah Ji-min Yu-jin Da-eun Hye-jin Eun-ji",
    male: "Min-jun Seo-jun Do-yun Ji-ho Joon-young Hyun-woo Sung-min Tae-yang Dong-hyun Jae-won",
    surnames: "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin",
  },
  ar: {
    female: "Fatima Amina Yasmine Leila Nour Salma Mariam Hana Rania Sara Imane Khadija Rim Dounia",
    male: "Mohamed Ahmed Youssef Omar Karim Mehdi Hamza Ali Rachid Samir Nabil Anas Bilal Walid",
    surnames: "Benali Haddad Mansour Khalil Saleh Ibrahim Hassan Bouzid Amrani El Amrani Chaoui Mahmoud Nasser Aziz Bakkali Ferhat Tazi Saidi",
  },
  he: {
    female: "Noa Tamar Maya Yael Shira Michal Avigail Talia Hila Ruth",
    male: "David Yonatan Ariel Itai Noam Daniel Eitan Omer Amit Yosef",
    surnames: "Cohen Levi Mizrahi Peretz Biton Friedman Shapiro Katz Azoulay Ben-David",
  },
  fa: {
    female: "Maryam Zahra Fatemeh Sara Niloufar Shirin Parisa Leila Mahsa Yasaman",
    male: "Ali Reza Mohammad Amir Hossein Mehdi Dariush Kian Arash Babak",
    surnames: "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Sadeghi Ebrahimi",
  },
  hi: {
    female: "Priya Ananya Aditi Kavya Neha Pooja Shreya Divya Meera Lakshmi Sita Aarti",
    male: "Rahul Arjun Amit Rohan Vikram Sanjay Aditya Karan Rajesh Suresh Anil Nikhil",
    surnames: "Sharma Verma Gupta Singh Kumar Patel Iyer Nair Reddy Das Mukherjee Joshi Shrestha Perera",
  },
  vi: {
    female: "Linh Trang Hương Mai Lan Thảo Ngọc Hà Anh Thu",
    male: "Minh Tuấn Hùng Dũng Nam Quang Huy Long Phúc Khoa",
    surnames: "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô",
  },
  th: {
    female: "Siriporn Nattaya Pimchanok Kanokwan Suda Wanida Ploy Chanya",
    male: "Somchai Anan Kittisak Thanawat Narong Prasert Chaiwat Wichai",
    surnames: "Saetang Srisuk Wongsa Chaiyaporn Rattanakorn Bunnag Phromma Kaewkla",
  },
  id: {
    female: "Siti Dewi Putri Ayu Rina Indah Fitri Nurul Aisyah Wulan",
    male: "Budi Agus Andi Rizki Dimas Fajar Arif Hendra Yusuf Bayu",
    surnames: "Santoso Wijaya Saputra Hidayat Pratama Nugroho Kusuma Halim Rahman Abdullah Tan Lim",
  },
  ru: {
    female: "Anna Maria Elena Olga Natalia Tatiana Ekaterina Daria Anastasia Polina Sofia Irina",
    male: "Aleksandr Dmitri Sergei Andrei Alexei Ivan Mikhail Nikolai Pavel Maxim Artem Vladimir",
    surnames: "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Lebedev Kozlov",
  },
  uk: {
    female: "Oksana Olena Iryna Kateryna Yulia Sofiia Nataliia Anastasiia Viktoriia Daryna",
    male: "Oleksandr Andrii Dmytro Serhii Taras Bohdan Mykola Yurii Vasyl Ostap",
    surnames: "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Koval Oliynyk Lysenko Moroz Savchenko",
  },
  ka: {
    female: "Nino Tamar Mariam Ana Salome Nana Ketevan Eka",
    male: "Giorgi Davit Levan Irakli Nikoloz Luka Zurab Lasha",
    surnames: "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Chkheidze Kiknadze Nozadze Gogoladze",
  },
  hy: {
    female: "Anahit Ani Mariam Lusine Nare Gayane Armine Tatevik",
    male: "Aram Armen Davit Hayk Narek Tigran Vahe Gor",
    surnames: "Grigoryan Harutyunyan Sargsyan Hovhannisyan Khachatryan Petrosyan Vardanyan Mkrtchyan Karapetyan Ghazaryan",
  },
  uz: {
    female: "Dilnoza Madina Nilufar Shahnoza Gulnora Malika Zarina Kamola",
    male: "Jasur Bekzod Sherzod Aziz Rustam Otabek Timur Sardor",
    surnames: "Karimov Rakhimov Yusupov Aliev Abdullaev Usmonov Ergashev Nazarov Saidov Mirzaev",
  },
  kk: {
    female: "Aigerim Dana Aruzhan Madina Dinara Saule Asel Zhanna",
    male: "Nurlan Daniyar Yerlan Arman Askar Timur Bauyrzhan Azamat",
    surnames: "Nurlanov Akhmetov Seitkali Abenov Zhunusov Omarov Suleimenov Bekov Kassymov Serikbayev",
  },
  mn: {
    female: "Oyunchimeg Enkhjargal Saruul Anujin Nomin Bolormaa Khulan Solongo",
    male: "Batbayar Ganbold Temuujin Bat-Erdene Munkh-Orgil Enkhbold Tsogt Bilguun",
    surnames: "Bat Gantulga Dorj Enkh Sukh Tsend Baatar Ochir",
  },
  sw: {
    female: "Amani Neema Zawadi Imani Rehema Wanjiru Akinyi Halima",
    male: "Baraka Juma Hamisi Otieno Kamau Mwangi Omondi Salim",
    surnames: "Mwangi Otieno Kamau Ochieng Njoroge Mushi Mrema Kimaro Hassani Mbwana",
  },
  am: {
    female: "Hana Selam Meron Tigist Bethlehem Mahlet Saba Rahel",
    male: "Abebe Dawit Yonas Samuel Tesfaye Bereket Henok Solomon",
    surnames: "Tadesse Bekele Girma Haile Alemu Mengistu Tesfaye Wolde Abate Kebede",
  },
  mg: {
    female: "Hanitra Fara Lalao Voahangy Mialy Tiana Soa Nirina",
    male: "Hery Tahina Rivo Andry Fidy Haja Mamy Tojo",
    surnames: "Rakoto Rabe Randriamampionona Rasoanaivo Andrianarisoa Razafindrakoto Ravelomanana Rakotomalala",
  },
  wo: {
    female: "Aminata Fatou Awa Mariama Khady Ndeye Coumba Astou",
    male: "Mamadou Ousmane Cheikh Moussa Abdoulaye Ibrahima Modou Babacar",
    surnames: "Diop Ndiaye Fall Sow Diallo Faye Gueye Sarr Ba Mbaye",
  },
};

const split = (list: string): string[] => list.split(" ").filter((n) => n.length > 0);

const CACHE = new Map<NameCulture, { female: string[]; male: string[]; surnames: string[] }>();

export function namePool(culture: NameCulture): { female: string[]; male: string[]; surnames: string[] } {
  let pool = CACHE.get(culture);
  if (!pool) {
    const raw = POOLS[culture];
    // Surnames with a particle ("Le Gall", "Da Silva", "De Luca") are written as two words in the lists.
    pool = { female: split(raw.female), male: split(raw.male), surnames: joinParticles(split(raw.surnames)) };
    CACHE.set(culture, pool);
  }
  return pool;
}

const PARTICLES = new Set(["Le", "Da", "El", "De", "Ben"]);

function joinParticles(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (PARTICLES.has(word) && next !== undefined) {
      out.push(`${word} ${next}`);
      i++;
    } else out.push(word);
  }
  return out;
}

/** Feminine form of a surname in languages that inflect surnames by sex. */
export function feminineSurname(culture: NameCulture, surname: string): string {
  switch (culture) {
    case "ru":
    case "bg":
    case "kk":
    case "uz":
      if (/(ov|ev|in|yov)$/.test(surname)) return `${surname}a`;
      if (/sk(iy|y)$/.test(surname)) return surname.replace(/sk(iy|y)$/, "skaya");
      return surname;
    case "pl":
      return surname.replace(/ski$/, "ska").replace(/cki$/, "cka").replace(/dzki$/, "dzka");
    case "cs":
      if (/ý$/.test(surname)) return surname.replace(/ý$/, "á");
      if (/a$/.test(surname)) return surname.replace(/a$/, "ová");
      if (/ek$/.test(surname)) return surname.replace(/ek$/, "ková");
      return `${surname}ová`;
    case "el":
      if (/os$/.test(surname)) return surname.replace(/os$/, "ou");
      if (/is$/.test(surname)) return surname.replace(/is$/, "i");
      if (/as$/.test(surname)) return surname.replace(/as$/, "a");
      return surname;
    case "lv":
      if (/š$/.test(surname)) return surname.replace(/š$/, "a");
      if (/s$/.test(surname)) return surname.replace(/s$/, "a");
      return surname;
    case "lt":
      if (/as$/.test(surname)) return surname.replace(/as$/, "aitė");
      if (/ius$/.test(surname)) return surname.replace(/ius$/, "iūtė");
      if (/us$/.test(surname)) return surname.replace(/us$/, "utė");
      return surname;
    default:
      return surname;
  }
}
