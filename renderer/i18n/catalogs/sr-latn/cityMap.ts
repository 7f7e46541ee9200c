export const srLatnCityMap = {
  cityMap: {
    layers: {
      title: "Slojevi",
      aria: "Slojevi mape, po jedan za svaku službu",
      countTitle: "Objekata: {{total}} · sa aktivnim alarmom: {{abnormal}} · nepotvrđenih: {{unacked}}",
      showAll: "Prikaži sve",
      collapse: "Sakrij listu slojeva",
      expand: "Slojevi",
    },
    search: {
      placeholder: "Traži objekat po nazivu ili oznaci",
      aria: "Pronađi objekat na mapi",
      shortcut: "Pritisnite / za pretragu",
      noMatch: "Nijedan objekat ne odgovara upitu „{{query}}”",
      matches: "Pronađeni objekti",
    },
    cluster: {
      label: "Broj objekata ovde: {{count}}; najgore stanje: {{state}}. Kliknite da ih raširite.",
      unacked: "Broj objekata ovde: {{count}}; najgore stanje: {{state}}, nepotvrđen alarm. Kliknite da ih raširite.",
      legend: "Grupa: najgore stanje u njoj",
    },
    popup: {
      values: "Vrednosti",
      alarms: "Otvoreni alarmi",
      moreTags: "Još signala u panelu vrednosti: {{count}}",
      close: "Zatvori",
    },
  },
} as const;
