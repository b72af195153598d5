import { DEFAULT_KOLADA_URL, DEFAULT_SCB_URL } from "../../../src/services/statistics";
import { SETTINGS_KEY } from "../../../src/taskpane/state/persistence";
import { checkAddress, defaultSettings, settingsFrom, storageSettings } from "../../../src/taskpane/state/settings";

/** Inställningar: the addresses kept in the taskpane's storage, read back over the defaults. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe("the taskpane's settings", () => {
  test("the defaults are the live addresses the CLI uses", () => {
    expect(defaultSettings()).toEqual({ koladaUrl: DEFAULT_KOLADA_URL, scbUrl: DEFAULT_SCB_URL, timeoutMs: 20000 });
    expect(settingsFrom(null)).toEqual(defaultSettings());
  });

  test("saved and read back (trailing slash dropped); anything unreadable gives the default", () => {
    const st = memoryStorage();
    const store = storageSettings(() => st);
    store.save({ koladaUrl: "http://127.0.0.1:4000/kolada/x/", scbUrl: DEFAULT_SCB_URL, timeoutMs: 5000 });
    expect(JSON.parse(st.getItem(SETTINGS_KEY)!)).toEqual({
      koladaUrl: "http://127.0.0.1:4000/kolada/x",
      scbUrl: DEFAULT_SCB_URL,
      timeoutMs: 5000,
    });
    expect(store.load()).toEqual({
      koladaUrl: "http://127.0.0.1:4000/kolada/x",
      scbUrl: DEFAULT_SCB_URL,
      timeoutMs: 5000,
    });
    st.setItem(SETTINGS_KEY, JSON.stringify({ koladaUrl: "ftp://x", scbUrl: 3, timeoutMs: -1 }));
    expect(store.load()).toEqual(defaultSettings());
    st.setItem(SETTINGS_KEY, "{inte json");
    expect(store.load()).toEqual(defaultSettings());
    expect(storageSettings(() => null).load()).toEqual(defaultSettings());
    expect(() => storageSettings(() => null).save(defaultSettings())).toThrow("Inställningarna kan inte sparas här");
  });

  test("an address that is none is said in Swedish", () => {
    expect(checkAddress("")).toBe("Ange en adress, t.ex. https://api.kolada.se/v2.");
    expect(checkAddress("api.kolada.se")).toBe(
      "'api.kolada.se' är ingen adress; skriv den som https://api.kolada.se/v2.",
    );
    expect(checkAddress("ftp://api.kolada.se")).toBe("'ftp://api.kolada.se' är ingen webbadress (https://…).");
    expect(checkAddress("https://api.kolada.se/v2?x=1")).toBe("Ange adressen utan frågetecken eller #.");
    expect(checkAddress(DEFAULT_KOLADA_URL)).toBeNull();
  });
});
