<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ListingDialog</name>
    <message>
        <location filename="../forms/ListingDialog.ui" line="6"/>
        <source>List Model</source>
        <translation>Modell anbieten</translation>
    </message>
    <message>
        <location filename="../forms/ListingDialog.ui" line="14"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../forms/ListingDialog.ui" line="24"/>
        <source>Model to list</source>
        <translation>Anzubietendes Modell</translation>
    </message>
    <message>
        <location filename="../forms/ListingDialog.ui" line="40"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../forms/ListingDialog.ui" line="65"/>
        <source>&lt;b&gt;Tier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lizenzstufe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../forms/ListingDialog.ui" line="72"/>
        <source>&lt;b&gt;Price&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preis&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../forms/ListingDialog.ui" line="79"/>
        <source>&lt;b&gt;Allowed range&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zulässige Spanne&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ModelComparisonDialog</name>
    <message>
        <location filename="../forms/ModelComparisonDialog.ui" line="14"/>
        <source>Compare Models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <location filename="../forms/ModelComparisonDialog.ui" line="27"/>
        <source>Composite percentiles</source>
        <translation>Perzentile des Gesamtwerts</translation>
    </message>
    <message>
        <location filename="../forms/ModelComparisonDialog.ui" line="30"/>
        <source>Percentile: the share of rated models with a lower composite</source>
        <translation>Perzentil: Anteil der bewerteten Modelle mit niedrigerem Gesamtwert</translation>
    </message>
    <message>
        <location filename="../forms/ModelComparisonDialog.ui" line="43"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../forms/ModelComparisonDialog.ui" line="48"/>
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../forms/ModelComparisonDialog.ui" line="53"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../forms/ModelComparisonDialog.ui" line="58"/>
        <source>Composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location filename="../forms/ModelComparisonDialog.ui" line="63"/>
        <source>Percentile in size class</source>
        <translation>Perzentil in Größenklasse</translation>
    </message>
    <message>
        <location filename="../forms/ModelComparisonDialog.ui" line="68"/>
        <source>Percentile in catalog</source>
        <translation>Perzentil im Katalog</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="12"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="20"/>
        <source>Default &amp;database:</source>
        <translation>Standard&amp;datenbank:</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="32"/>
        <source>Default database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="39"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="48"/>
        <source>&amp;Currency symbol:</source>
        <translation>&amp;Währungssymbol:</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="58"/>
        <source>Game money has no real currency; this is only how amounts are shown.</source>
        <translation>Spielgeld hat keine echte Währung; dies legt nur fest, wie Beträge angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="93"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="106"/>
        <source>Automatic &amp;backup every:</source>
        <translation>Automatische Sicherung &amp;alle:</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="116"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="119"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="129"/>
        <source>Backups &amp;kept:</source>
        <translation>Auf&amp;bewahrte Sicherungen:</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="149"/>
        <source>Game clock &amp;speed:</source>
        <translation>&amp;Tempo der Spieluhr:</translation>
    </message>
    <message>
        <location filename="../forms/PreferencesDialog.ui" line="164"/>
        <source>A new language takes effect the next time ModelMarket starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von ModelMarket wirksam.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="6"/>
        <source>Sell License</source>
        <translation>Lizenz verkaufen</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="17"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="34"/>
        <source>&amp;Buyer:</source>
        <translation>&amp;Käufer:</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="44"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="57"/>
        <source>&amp;Tier:</source>
        <translation>Lizenz&amp;stufe:</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="67"/>
        <source>License tier</source>
        <translation>Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="74"/>
        <source>Terms:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="91"/>
        <source>Intended &amp;use:</source>
        <translation>Nu&amp;tzungsart:</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="101"/>
        <source>Intended use</source>
        <translation>Nutzungsart</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="108"/>
        <source>&amp;Deployments:</source>
        <translation>&amp;Bereitstellungen:</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="120"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="133"/>
        <source>U&amp;nlimited</source>
        <translation>&amp;Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="142"/>
        <source>Monthly API &amp;calls:</source>
        <translation>&amp;API-Aufrufe pro Monat:</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="152"/>
        <source>Expected monthly API calls</source>
        <translation>Erwartete API-Aufrufe pro Monat</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="155"/>
        <source>API calls the buyer expects to make per month; usage is charged at the tier&apos;s rate per 1,000 calls</source>
        <translation>API-Aufrufe, die der Käufer pro Monat erwartet; die Nutzung wird zum Tarif der Lizenzstufe pro 1.000 Aufrufe abgerechnet</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="168"/>
        <source>The buyer gives &amp;attribution</source>
        <translation>Käufer leistet &amp;Namensnennung</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="178"/>
        <source>Sale date:</source>
        <translation>Verkaufsdatum:</translation>
    </message>
    <message>
        <location filename="../forms/PurchaseDialog.ui" line="185"/>
        <source>Sales happen on the current game date</source>
        <translation>Verkäufe erfolgen zum aktuellen Spieldatum</translation>
    </message>
</context>
<context>
    <name>TierPolicyDialog</name>
    <message>
        <location filename="../forms/TierPolicyDialog.ui" line="6"/>
        <source>License Tier Policies</source>
        <translation>Regeln der Lizenzstufen</translation>
    </message>
</context>
<context>
    <name>TierPolicyEditor</name>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="6"/>
        <source>Tier policy editor</source>
        <translation>Editor für Stufenregeln</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="25"/>
        <source>Price floor</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="32"/>
        <source>Price ceiling</source>
        <translation>Höchstpreis</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="39"/>
        <source>Pricing reference</source>
        <translation>Preisreferenz</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="42"/>
        <source>Without a ceiling, recommended prices scale up to this amount</source>
        <translation>Ohne Höchstpreis reichen empfohlene Preise bis zu diesem Betrag</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="49"/>
        <source>Attribution</source>
        <translation>Namensnennung</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="56"/>
        <source>Research only</source>
        <translation>Nur Forschung</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="63"/>
        <source>Required use</source>
        <translation>Vorgeschriebene Nutzung</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="70"/>
        <source>Allowed buyers</source>
        <translation>Zugelassene Käufer</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="77"/>
        <source>Deployment cap</source>
        <translation>Bereitstellungslimit</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="84"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="91"/>
        <source>Min. buyer employees</source>
        <translation>Min. Beschäftigte des Käufers</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="94"/>
        <source>Employees the buyer must have at least</source>
        <translation>Beschäftigte, die der Käufer mindestens haben muss</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="101"/>
        <source>Usage per 1,000 API calls</source>
        <translation>Nutzung pro 1.000 API-Aufrufe</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="108"/>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="115"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="151"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="154"/>
        <source>Forget the edits and show the stored policies</source>
        <translation>Änderungen verwerfen und die gespeicherten Regeln anzeigen</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="161"/>
        <source>&amp;Apply</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <location filename="../forms/TierPolicyEditor.ui" line="164"/>
        <source>Save the edited tiers as one undoable step (Ctrl+Return)</source>
        <translation>Die bearbeiteten Lizenzstufen als einen rückgängig machbaren Schritt speichern (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>TrainingJobDialog</name>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="6"/>
        <source>New Training Job</source>
        <translation>Neuer Trainingsauftrag</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="14"/>
        <source>Templates:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="21"/>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="24"/>
        <source>Fill every input from the Small template (Ctrl+1)</source>
        <translation>Alle Eingaben aus der Vorlage „Klein“ übernehmen (Strg+1)</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="27"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="37"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="40"/>
        <source>Fill every input from the Medium template (Ctrl+2)</source>
        <translation>Alle Eingaben aus der Vorlage „Mittel“ übernehmen (Strg+2)</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="43"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="53"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="56"/>
        <source>Fill every input from the Large template (Ctrl+3)</source>
        <translation>Alle Eingaben aus der Vorlage „Groß“ übernehmen (Strg+3)</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="59"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="69"/>
        <source>Frontier</source>
        <translation>Frontier</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="72"/>
        <source>Fill every input from the Frontier template (Ctrl+4)</source>
        <translation>Alle Eingaben aus der Vorlage „Frontier“ übernehmen (Strg+4)</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="75"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="96"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="105"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="115"/>
        <source>Name of the model this job trains</source>
        <translation>Name des Modells, das dieser Auftrag trainiert</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="125"/>
        <source>&amp;Architecture:</source>
        <translation>&amp;Architektur:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="138"/>
        <source>Si&amp;ze class:</source>
        <translation>Größen&amp;klasse:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="151"/>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="166"/>
        <source>Parameter count: 13B, 1.4T or a plain number</source>
        <translation>Anzahl der Parameter: 13B, 1.4T oder eine einfache Zahl</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="169"/>
        <source>e.g. 13B</source>
        <translation>z. B. 13B</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="188"/>
        <source>&amp;Dataset tokens:</source>
        <translation>&amp;Datensatz-Tokens:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="203"/>
        <source>Dataset size in tokens: 300B, 1.4T or a plain number</source>
        <translation>Größe des Datensatzes in Tokens: 300B, 1.4T oder eine einfache Zahl</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="206"/>
        <source>e.g. 300B</source>
        <translation>z. B. 300B</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="225"/>
        <source>&amp;GPU type:</source>
        <translation>&amp;GPU-Typ:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="238"/>
        <source>GPU &amp;count:</source>
        <translation>GPU-An&amp;zahl:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="261"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="276"/>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="286"/>
        <source>Mid-level</source>
        <translation>Mid-Level</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="296"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="306"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="316"/>
        <source>Researchers</source>
        <translation>Forschende</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="326"/>
        <source>Junior researchers on the team</source>
        <translation>Junior-Forschende im Team</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="329"/>
        <source>Junior researchers</source>
        <translation>Junior-Forschende</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="339"/>
        <source>Mid-level researchers on the team</source>
        <translation>Mid-Level-Forschende im Team</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="342"/>
        <source>Mid-level researchers</source>
        <translation>Mid-Level-Forschende</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="352"/>
        <source>Senior researchers on the team</source>
        <translation>Senior-Forschende im Team</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="355"/>
        <source>Senior researchers</source>
        <translation>Senior-Forschende</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="365"/>
        <source>Principal researchers on the team</source>
        <translation>Principal-Forschende im Team</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="368"/>
        <source>Principal researchers</source>
        <translation>Principal-Forschende</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="375"/>
        <source>Engineers</source>
        <translation>Ingenieure</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="385"/>
        <source>Junior engineers on the team</source>
        <translation>Junior-Ingenieure im Team</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="388"/>
        <source>Junior engineers</source>
        <translation>Junior-Ingenieure</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="398"/>
        <source>Mid-level engineers on the team</source>
        <translation>Mid-Level-Ingenieure im Team</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="401"/>
        <source>Mid-level engineers</source>
        <translation>Mid-Level-Ingenieure</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="411"/>
        <source>Senior engineers on the team</source>
        <translation>Senior-Ingenieure im Team</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="414"/>
        <source>Senior engineers</source>
        <translation>Senior-Ingenieure</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="424"/>
        <source>Principal engineers on the team</source>
        <translation>Principal-Ingenieure im Team</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="427"/>
        <source>Principal engineers</source>
        <translation>Principal-Ingenieure</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="436"/>
        <source>&amp;Research points:</source>
        <translation>&amp;Forschungspunkte:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="465"/>
        <source>Use A&amp;ll</source>
        <translation>A&amp;lle verwenden</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="468"/>
        <source>Spend every available research point</source>
        <translation>Alle verfügbaren Forschungspunkte einsetzen</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="487"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="499"/>
        <source>The same inputs and seed always train the same model</source>
        <translation>Gleiche Eingaben und gleicher Seed ergeben immer dasselbe Modell</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="506"/>
        <source>Ne&amp;w Seed</source>
        <translation>Ne&amp;uer Seed</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="521"/>
        <location filename="../forms/TrainingJobDialog.ui" line="530"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="538"/>
        <source>Compute:</source>
        <translation>Rechenleistung:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="558"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="578"/>
        <source>Talent:</source>
        <translation>Personal:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="598"/>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="618"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="645"/>
        <source>Expected quality</source>
        <translation>Erwartete Qualität</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="652"/>
        <source>p10</source>
        <translation>p10</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="658"/>
        <source>9 runs in 10 do at least this well</source>
        <translation>9 von 10 Läufen erreichen mindestens diesen Wert</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="665"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="671"/>
        <source>The expected value</source>
        <translation>Der Erwartungswert</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="678"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="684"/>
        <source>1 run in 10 does better than this</source>
        <translation>1 von 10 Läufen schneidet besser ab</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="691"/>
        <source>Composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="737"/>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="783"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="829"/>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="879"/>
        <source>Research bonus:</source>
        <translation>Forschungsbonus:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="899"/>
        <source>Failure chance:</source>
        <translation>Ausfallrisiko:</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="945"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../forms/TrainingJobDialog.ui" line="958"/>
        <source>Why the job cannot be queued</source>
        <translation>Warum der Auftrag nicht eingereiht werden kann</translation>
    </message>
</context>
<context>
    <name>mm::AnalysisControls</name>
    <message>
        <location filename="../src/ui/scenarios/AnalysisControls.cpp" line="22"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/AnalysisControls.cpp" line="29"/>
        <source> runs</source>
        <translation> Läufe</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/AnalysisControls.cpp" line="33"/>
        <source>economy&apos;s seed</source>
        <translation>Seed der Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/AnalysisControls.cpp" line="37"/>
        <source>Every variant is forecast with this seed (common random numbers), so a difference is the change&apos;s effect, not chance. Empty: the economy&apos;s own market seed.</source>
        <translation>Jede Variante wird mit diesem Seed prognostiziert (gemeinsame Zufallszahlen), daher ist ein Unterschied die Wirkung der Änderung und kein Zufall. Leer: der eigene Markt-Seed der Wirtschaft.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/AnalysisControls.cpp" line="42"/>
        <source>Runs in the background; nothing is written (Ctrl+Return)</source>
        <translation>Läuft im Hintergrund; es wird nichts geschrieben (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/AnalysisControls.cpp" line="43"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/AnalysisControls.cpp" line="53"/>
        <source>&amp;Horizon:</source>
        <translation>H&amp;orizont:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/AnalysisControls.cpp" line="55"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
</context>
<context>
    <name>mm::AnalysisTask</name>
    <message>
        <location filename="../src/ui/scenarios/AnalysisTask.h" line="70"/>
        <source>%1 was cancelled; the previous result stays.</source>
        <translation>%1 wurde abgebrochen; das vorherige Ergebnis bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/AnalysisTask.h" line="78"/>
        <source>%1 could not run: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::AutoBackup</name>
    <message>
        <location filename="../src/ui/shell/AutoBackup.cpp" line="54"/>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>mm::BackgroundTask</name>
    <message>
        <location filename="../src/ui/shell/BackgroundTask.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>mm::BalancePanel</name>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="30"/>
        <source>&amp;Check Balance</source>
        <translation>Balance &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="33"/>
        <source>Check the rules against</source>
        <translation>Regeln prüfen gegen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="34"/>
        <source>Balance rules keep the economy inside the bounds the design wants. Check runs a forecast and measures every rule; the same check runs in a game team&apos;s CI with `modelmarket balance check`.</source>
        <translation>Balance-Regeln halten die Wirtschaft innerhalb der Grenzen, die das Design vorsieht. Die Prüfung berechnet eine Prognose und misst jede Regel; dieselbe Prüfung läuft in der CI eines Spieleteams mit `modelmarket balance check`.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="41"/>
        <source>Balance rules and their results</source>
        <translation>Balance-Regeln und ihre Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="42"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="42"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="42"/>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="42"/>
        <source>Bounds</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="43"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="43"/>
        <source>p10–p90</source>
        <translation>p10–p90</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="43"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="51"/>
        <source>&amp;Add Rule…</source>
        <translation>Regel &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="53"/>
        <source>&amp;Edit Rule…</source>
        <translation>Regel &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="55"/>
        <source>&amp;Remove Rule</source>
        <translation>Regel ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="59"/>
        <source>Check a&amp;gainst:</source>
        <translation>Prüfen &amp;gegen:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="117"/>
        <source>Base (the stored economy)</source>
        <translation>Basis (die gespeicherte Wirtschaft)</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="144"/>
        <source>add balance rule %1</source>
        <translation>Balance-Regel %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="163"/>
        <source>edit balance rule %1</source>
        <translation>Balance-Regel %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="178"/>
        <source>remove balance rule %1</source>
        <translation>Balance-Regel %1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="196"/>
        <source>There are no balance rules yet: Add Rule… first.</source>
        <translation>Es gibt noch keine Balance-Regeln: zuerst „Regel hinzufügen…“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="208"/>
        <source>Checking %n rule(s)…</source>
        <translation>
            <numerusform>%n Regel wird geprüft…</numerusform>
            <numerusform>%n Regeln werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="220"/>
        <source>The balance check</source>
        <translation>Die Balance-Prüfung</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="227"/>
        <source>All %n rule(s) pass on %1.</source>
        <translation>
            <numerusform>Die %n Regel ist für %1 erfüllt.</numerusform>
            <numerusform>Alle %n Regeln sind für %1 erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="229"/>
        <source>%1 of %2 rules fail on %3.</source>
        <translation>%1 von %2 Regeln sind für %3 nicht erfüllt.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="259"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="265"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="269"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="270"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalancePanel.cpp" line="271"/>
        <source>FAIL: %1</source>
        <translation>FAIL: %1</translation>
    </message>
</context>
<context>
    <name>mm::BalanceRule</name>
    <message>
        <location filename="../src/core/BalanceRule.cpp" line="21"/>
        <source>a balance rule needs a name</source>
        <translation>eine Balance-Regel braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/core/BalanceRule.cpp" line="24"/>
        <source>a balance rule needs a minimum, a maximum or both</source>
        <translation>eine Balance-Regel braucht ein Minimum, ein Maximum oder beides</translation>
    </message>
    <message>
        <location filename="../src/core/BalanceRule.cpp" line="28"/>
        <source>the minimum %1 is above the maximum %2</source>
        <translation>das Minimum %1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <location filename="../src/core/BalanceRule.cpp" line="36"/>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <location filename="../src/core/BalanceRule.cpp" line="39"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../src/core/BalanceRule.cpp" line="41"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location filename="../src/core/BalanceRule.cpp" line="65"/>
        <source>the statistic must be p10, p50 or p90</source>
        <translation>die Statistik muss p10, p50 oder p90 sein</translation>
    </message>
    <message>
        <location filename="../src/core/BalanceRule.cpp" line="113"/>
        <source>not paid back within the %1 months forecast; a longer forecast may tell</source>
        <translation>innerhalb der %1 prognostizierten Monate nicht amortisiert; eine längere Prognose könnte es zeigen</translation>
    </message>
    <message>
        <location filename="../src/core/BalanceRule.cpp" line="141"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>mm::BalanceRuleDialog</name>
    <message>
        <location filename="../src/ui/scenarios/BalanceRuleDialog.cpp" line="18"/>
        <source>New Balance Rule</source>
        <translation>Neue Balance-Regel</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalanceRuleDialog.cpp" line="18"/>
        <source>Edit Balance Rule</source>
        <translation>Balance-Regel bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalanceRuleDialog.cpp" line="30"/>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalanceRuleDialog.cpp" line="34"/>
        <source>no maximum</source>
        <translation>kein Maximum</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalanceRuleDialog.cpp" line="35"/>
        <source>Money in dollars (1234.56), shares in percent (40), payback in months (18).</source>
        <translation>Geldbeträge in Dollar (1234.56), Anteile in Prozent (40), Amortisation in Monaten (18).</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalanceRuleDialog.cpp" line="40"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalanceRuleDialog.cpp" line="41"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalanceRuleDialog.cpp" line="42"/>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/BalanceRuleDialog.cpp" line="43"/>
        <source>M&amp;aximum:</source>
        <translation>M&amp;aximum:</translation>
    </message>
</context>
<context>
    <name>mm::BuyerRepository</name>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="36"/>
        <source>a buyer needs a name</source>
        <translation>ein Käufer braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="39"/>
        <source>a buyer has at least one employee</source>
        <translation>ein Käufer hat mindestens einen Beschäftigten</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="42"/>
        <source>the budget cannot be negative</source>
        <translation>das Budget darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="56"/>
        <location filename="../src/data/BuyerRepository.cpp" line="63"/>
        <source>adding buyers</source>
        <translation>Hinzufügen von Käufern</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="72"/>
        <location filename="../src/data/BuyerRepository.cpp" line="75"/>
        <source>adding buyer &apos;%1&apos;</source>
        <translation>Hinzufügen von Käufer &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="91"/>
        <source>saving buyer &apos;%1&apos;</source>
        <translation>Speichern von Käufer &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="96"/>
        <source>&apos;%1&apos; was changed by someone else since you loaded it; reload and try again</source>
        <translation>&apos;%1&apos; wurde seit dem Laden von jemand anderem geändert; laden Sie neu und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="105"/>
        <source>counting licenses of buyer %1</source>
        <translation>Zählen der Lizenzen von Käufer %1</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="109"/>
        <source>this buyer holds licenses; it cannot be deleted</source>
        <translation>dieser Käufer besitzt Lizenzen und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="112"/>
        <source>deleting buyer %1</source>
        <translation>Löschen von Käufer %1</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="118"/>
        <source>reading buyer %1</source>
        <translation>Lesen von Käufer %1</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="127"/>
        <source>looking up buyer &apos;%1&apos;</source>
        <translation>Suchen von Käufer &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/BuyerRepository.cpp" line="135"/>
        <source>reading buyers</source>
        <translation>Lesen der Käufer</translation>
    </message>
</context>
<context>
    <name>mm::BuyerTableModel</name>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="19"/>
        <source>reading buyers</source>
        <translation>Lesen der Käufer</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="75"/>
        <source>A buyer who holds licenses cannot be deleted: licenses are sales history</source>
        <translation>Ein Käufer, der Lizenzen besitzt, kann nicht gelöscht werden: Lizenzen sind Verkaufshistorie</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="115"/>
        <location filename="../src/models/BuyerTableModel.cpp" line="150"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="117"/>
        <location filename="../src/models/BuyerTableModel.cpp" line="163"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="119"/>
        <location filename="../src/models/BuyerTableModel.cpp" line="175"/>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="121"/>
        <location filename="../src/models/BuyerTableModel.cpp" line="182"/>
        <location filename="../src/models/BuyerTableModel.cpp" line="184"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="123"/>
        <location filename="../src/models/BuyerTableModel.cpp" line="192"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="150"/>
        <source>a buyer needs a name</source>
        <translation>ein Käufer braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="163"/>
        <source>&apos;%1&apos; is not a buyer type</source>
        <translation>&apos;%1&apos; ist kein Käufertyp</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="174"/>
        <source>the size must be a whole number of employees, at least 1</source>
        <translation>die Größe muss eine ganze Zahl an Beschäftigten sein, mindestens 1</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="184"/>
        <source>the budget cannot be negative</source>
        <translation>das Budget darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/models/BuyerTableModel.cpp" line="192"/>
        <source>the number of licenses is counted, not typed</source>
        <translation>die Anzahl der Lizenzen wird gezählt, nicht eingegeben</translation>
    </message>
</context>
<context>
    <name>mm::BuyersArea</name>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="45"/>
        <source>Buyer type</source>
        <translation>Käufertyp</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="87"/>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="168"/>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="108"/>
        <source>Buyers: %1</source>
        <translation>Käufer: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="116"/>
        <source>The buyers could not be read: %1</source>
        <translation>Die Käufer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="125"/>
        <source>&amp;Add Buyer</source>
        <translation>Käufer &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="129"/>
        <source>Add a buyer (Insert)</source>
        <translation>Einen Käufer hinzufügen (Einfg)</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="132"/>
        <source>&amp;Delete Buyer</source>
        <translation>Käufer &amp;löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="134"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="137"/>
        <source>Delete the current buyer (Ctrl+Shift+Del); a buyer who holds licenses cannot be deleted</source>
        <translation>Den aktuellen Käufer löschen (Strg+Umschalt+Entf); ein Käufer, der Lizenzen besitzt, kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="150"/>
        <source>Filter buyers by name</source>
        <translation>Käufer nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="151"/>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern…</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="153"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="240"/>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="297"/>
        <source>That buyer is no longer there.</source>
        <translation>Dieser Käufer existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="246"/>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="255"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="251"/>
        <source>edit buyer &apos;%1&apos;</source>
        <translation>Käufer &apos;%1&apos; bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="266"/>
        <source>New buyer %1</source>
        <translation>Neuer Käufer %1</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="280"/>
        <source>add buyer &apos;%1&apos;</source>
        <translation>Käufer &apos;%1&apos; hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="283"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="301"/>
        <source>&apos;%1&apos; holds licenses (%2) and cannot be deleted; licenses are sales history (revoke them instead).</source>
        <translation>&apos;%1&apos; besitzt Lizenzen (%2) und kann nicht gelöscht werden; Lizenzen sind Verkaufshistorie (widerrufen Sie sie stattdessen).</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="309"/>
        <source>delete buyer &apos;%1&apos;</source>
        <translation>Käufer &apos;%1&apos; löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="311"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/buyers/BuyersArea.cpp" line="321"/>
        <source>Select the buyer to delete.</source>
        <translation>Wählen Sie den zu löschenden Käufer aus.</translation>
    </message>
</context>
<context>
    <name>mm::CatalogArea</name>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="72"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="102"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="118"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="119"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="132"/>
        <source>Catalog table</source>
        <translation>Katalogtabelle</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="156"/>
        <source>Click a column to sort by it (name, architecture, size class, status, parameters, composite, training cost and creation date can be sorted); right-click to show or hide columns.</source>
        <translation>Klicken Sie auf eine Spalte, um danach zu sortieren (sortierbar sind Name, Architektur, Größenklasse, Status, Parameter, Gesamtwert, Trainingskosten und Erstellungsdatum); Rechtsklick blendet Spalten ein oder aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="200"/>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="239"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="241"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="243"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="245"/>
        <source>Paste as &amp;New Rows</source>
        <translation>Als &amp;neue Zeilen einfügen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="246"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="247"/>
        <source>Adds one draft model per pasted row; the columns are read in the table&apos;s order starting at Name, or by a header row.</source>
        <translation>Fügt pro eingefügter Zeile ein Modell im Entwurfsstatus hinzu; die Spalten werden in der Reihenfolge der Tabelle ab „Name“ gelesen oder anhand einer Kopfzeile zugeordnet.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="250"/>
        <source>Fill &amp;Down</source>
        <translation>Nach &amp;unten ausfüllen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="250"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="252"/>
        <source>C&amp;lear Cells</source>
        <translation>Zellen &amp;leeren</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="254"/>
        <source>Removes the metric values of the selected cells</source>
        <translation>Entfernt die Messwerte der ausgewählten Zellen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="256"/>
        <source>&amp;Insert Row</source>
        <translation>Zeile e&amp;infügen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="256"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="258"/>
        <source>D&amp;uplicate Rows</source>
        <translation>Zeilen &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="258"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="260"/>
        <source>Delete &amp;Rows</source>
        <translation>&amp;Zeilen löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="260"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="262"/>
        <source>Deletes the selected models and their listings. Models that have sold licenses cannot be deleted: licenses are sales history.</source>
        <translation>Löscht die ausgewählten Modelle und ihre Angebote. Modelle mit verkauften Lizenzen können nicht gelöscht werden: Lizenzen sind Verkaufshistorie.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="265"/>
        <source>Co&amp;mpare Models…</source>
        <translation>Modelle &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="265"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="267"/>
        <source>Compares the metrics and benchmarks of 2 to 5 selected models</source>
        <translation>Vergleicht die Messwerte und Benchmarks von 2 bis 5 ausgewählten Modellen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="268"/>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="390"/>
        <source>Show All Columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="395"/>
        <source>Reset Column Layout</source>
        <translation>Spaltenanordnung zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogArea.cpp" line="413"/>
        <source>%1 cannot be sorted; sort by name, architecture, size class, status, parameters, composite, training cost or creation date.</source>
        <translation>Nach %1 kann nicht sortiert werden; sortieren Sie nach Name, Architektur, Größenklasse, Status, Parametern, Gesamtwert, Trainingskosten oder Erstellungsdatum.</translation>
    </message>
</context>
<context>
    <name>mm::CatalogClipboard</name>
    <message>
        <location filename="../src/ui/catalog/CatalogClipboard.cpp" line="101"/>
        <source>the clipboard holds no text</source>
        <translation>die Zwischenablage enthält keinen Text</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogClipboard.cpp" line="105"/>
        <source>the clipboard text is not a table: %1</source>
        <translation>der Text in der Zwischenablage ist keine Tabelle: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogClipboard.cpp" line="191"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogClipboard.cpp" line="219"/>
        <source>the name is longer than 200 characters</source>
        <translation>der Name ist länger als 200 Zeichen</translation>
    </message>
</context>
<context>
    <name>mm::CatalogCommands</name>
    <message>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="56"/>
        <source>a model was deleted meanwhile</source>
        <translation>ein Modell wurde zwischenzeitlich gelöscht</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="61"/>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="96"/>
        <source>&apos;%1&apos; was changed by someone else meanwhile</source>
        <translation>&apos;%1&apos; wurde zwischenzeitlich von jemand anderem geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="126"/>
        <source>&apos;%1&apos; has %n license(s) and cannot be deleted; licenses are sales history</source>
        <translation>
            <numerusform>&apos;%1&apos; hat %n Lizenz und kann nicht gelöscht werden; Lizenzen sind Verkaufshistorie</numerusform>
            <numerusform>&apos;%1&apos; hat %n Lizenzen und kann nicht gelöscht werden; Lizenzen sind Verkaufshistorie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="135"/>
        <source>delete &apos;%1&apos;</source>
        <translation>&apos;%1&apos; löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="136"/>
        <source>delete %n model(s)</source>
        <translation>
            <numerusform>%n Modell löschen</numerusform>
            <numerusform>%n Modelle löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="182"/>
        <source>a model was deleted meanwhile; the catalog is being refreshed</source>
        <translation>ein Modell wurde zwischenzeitlich gelöscht; der Katalog wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="204"/>
        <source>a %1 model needs performance, accuracy and efficiency; fill them in before changing its status</source>
        <translation>ein Modell mit Status „%1“ braucht Leistung, Genauigkeit und Effizienz; tragen Sie sie ein, bevor Sie den Status ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="210"/>
        <source>a %1 model keeps its performance, accuracy and efficiency; to clear them, first set its status to Draft (unlist it if it is listed)</source>
        <translation>ein Modell mit Status „%1“ behält Leistung, Genauigkeit und Effizienz; um sie zu löschen, setzen Sie zuerst den Status auf Entwurf (und nehmen es vorher vom Markt, falls es angeboten wird)</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="234"/>
        <source>two models would be called &apos;%1&apos;</source>
        <translation>zwei Modelle würden &apos;%1&apos; heißen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="243"/>
        <source>another model is already called &apos;%1&apos;</source>
        <translation>ein anderes Modell heißt bereits &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogCommands.cpp" line="265"/>
        <source>%1 (%2)</source>
        <comment>a copy&apos;s name: name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mm::CatalogDelegate</name>
    <message>
        <location filename="../src/ui/catalog/CatalogDelegate.cpp" line="43"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogDelegate.cpp" line="84"/>
        <source>0 to 100; step below 0 to clear the value</source>
        <translation>0 bis 100; unter 0 gehen, um den Wert zu leeren</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogDelegate.cpp" line="103"/>
        <source>A whole number; K, M, B and T multiply by a thousand, million, billion and trillion (1.5B)</source>
        <translation>Eine ganze Zahl; K, M, B und T multiplizieren mit Tausend, Million, Milliarde und Billion (1.5B)</translation>
    </message>
</context>
<context>
    <name>mm::CatalogEditController</name>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="58"/>
        <source>select the models first</source>
        <translation>wählen Sie zuerst die Modelle aus</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="75"/>
        <source>Nothing to copy: select cells first.</source>
        <translation>Nichts zu kopieren: Wählen Sie zuerst Zellen aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="80"/>
        <source>Cannot copy: %1</source>
        <translation>Kopieren nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="98"/>
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Kopiert: %n Zeile</numerusform>
            <numerusform>Kopiert: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="99"/>
        <source> × %n column(s)</source>
        <translation>
            <numerusform> × %n Spalte</numerusform>
            <numerusform> × %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="116"/>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="156"/>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="121"/>
        <source>Cannot paste: select the cell where the pasted block should start.</source>
        <translation>Einfügen nicht möglich: Wählen Sie die Zelle aus, an der der eingefügte Block beginnen soll.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="148"/>
        <source>Cannot paste into %1: read-only in the catalog. The composite follows from the three metrics; prices, sales, cost and dates come from the marketplace and training.</source>
        <translation>Einfügen in %1 nicht möglich: im Katalog schreibgeschützt. Der Gesamtwert ergibt sich aus den drei Messwerten; Preise, Verkäufe, Kosten und Daten stammen aus Marktplatz und Training.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="168"/>
        <source>paste %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle einfügen</numerusform>
            <numerusform>%n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="175"/>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="209"/>
        <source>Cannot paste as new rows: %1</source>
        <translation>Einfügen als neue Zeilen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="187"/>
        <source>Cannot paste as new rows: the clipboard holds only a header row.</source>
        <translation>Einfügen als neue Zeilen nicht möglich: Die Zwischenablage enthält nur eine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="191"/>
        <source>Nothing was added:</source>
        <translation>Es wurde nichts hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="198"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="207"/>
        <source>paste %n new model(s)</source>
        <translation>
            <numerusform>%n neues Modell einfügen</numerusform>
            <numerusform>%n neue Modelle einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="213"/>
        <source>Added %n model(s) from the clipboard</source>
        <translation>
            <numerusform>%n Modell aus der Zwischenablage hinzugefügt</numerusform>
            <numerusform>%n Modelle aus der Zwischenablage hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="218"/>
        <source>; ignored the read-only %1</source>
        <translation>; schreibgeschützte Spalten ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="229"/>
        <source>Cannot fill down: %1</source>
        <translation>Nach unten ausfüllen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="253"/>
        <source>Cannot fill down %1: read-only in the catalog.</source>
        <translation>%1 kann nicht nach unten ausgefüllt werden: im Katalog schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="258"/>
        <source>Nothing to fill: select the value to copy and the cells below it.</source>
        <translation>Nichts auszufüllen: Wählen Sie den zu kopierenden Wert und die Zellen darunter aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="263"/>
        <source>fill down %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle nach unten ausfüllen</numerusform>
            <numerusform>%n Zellen nach unten ausfüllen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="269"/>
        <source>Nothing to clear: select cells first.</source>
        <translation>Nichts zu leeren: Wählen Sie zuerst Zellen aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="282"/>
        <source>Cannot clear %1: every model needs a value there. To delete whole models, use Delete Rows (Ctrl+-).</source>
        <translation>%1 kann nicht geleert werden: Jedes Modell braucht dort einen Wert. Um ganze Modelle zu löschen, verwenden Sie „Zeilen löschen“ (Strg+-).</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="288"/>
        <source>Nothing to clear: only the metrics (performance, accuracy, efficiency) can be emptied; the other selected columns are read-only.</source>
        <translation>Nichts zu leeren: Nur die Messwerte (Leistung, Genauigkeit, Effizienz) können geleert werden; die anderen ausgewählten Spalten sind schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="294"/>
        <source>Cannot clear: %1</source>
        <translation>Leeren nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="307"/>
        <source>clear %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle leeren</numerusform>
            <numerusform>%n Zellen leeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="320"/>
        <source>New model %1</source>
        <translation>Neues Modell %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="333"/>
        <source>add &apos;%1&apos;</source>
        <translation>&apos;%1&apos; hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="335"/>
        <source>Cannot add a model: %1</source>
        <translation>Modell kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="339"/>
        <source>Added &apos;%1&apos;</source>
        <translation>&apos;%1&apos; hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="345"/>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="384"/>
        <source>Cannot duplicate: %1</source>
        <translation>Duplizieren nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="380"/>
        <source>duplicate &apos;%1&apos;</source>
        <translation>&apos;%1&apos; duplizieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="381"/>
        <source>duplicate %n model(s)</source>
        <translation>
            <numerusform>%n Modell duplizieren</numerusform>
            <numerusform>%n Modelle duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="388"/>
        <source>Added a draft copy of &apos;%1&apos;</source>
        <translation>Entwurfskopie von &apos;%1&apos; hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="389"/>
        <source>Added %n draft copies</source>
        <translation>
            <numerusform>%n Entwurfskopie hinzugefügt</numerusform>
            <numerusform>%n Entwurfskopien hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="395"/>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="412"/>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="416"/>
        <source>Cannot delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="403"/>
        <source>Delete Models</source>
        <translation>Modelle löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="404"/>
        <source>Delete %n model(s)? Their listings are deleted with them. Undo brings both back.</source>
        <translation>
            <numerusform>%n Modell löschen? Seine Angebote werden mitgelöscht. „Rückgängig“ stellt beides wieder her.</numerusform>
            <numerusform>%n Modelle löschen? Ihre Angebote werden mitgelöscht. „Rückgängig“ stellt beides wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="419"/>
        <source>Deleted %n model(s)</source>
        <translation>
            <numerusform>%n Modell gelöscht</numerusform>
            <numerusform>%n Modelle gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="426"/>
        <source>edit %1 of &apos;%2&apos;</source>
        <translation>%1 von &apos;%2&apos; bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="437"/>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="441"/>
        <source>Nothing was changed:</source>
        <translation>Es wurde nichts geändert:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="445"/>
        <source>Nothing changed: the cells already hold these values.</source>
        <translation>Keine Änderung: Die Zellen enthalten diese Werte bereits.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="451"/>
        <source>Cannot %1: %2</source>
        <translation>%1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="454"/>
        <source>Done: %1</source>
        <translation>Ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="471"/>
        <source>• %1, %2: %3</source>
        <translation>• %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogEditController.cpp" line="475"/>
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…und %n weiteres Problem</numerusform>
            <numerusform>…und %n weitere Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::CatalogFilterBar</name>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="27"/>
        <source>Catalog filters</source>
        <translation>Katalogfilter</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="33"/>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="35"/>
        <source>Name contains</source>
        <translation>Name enthält</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="36"/>
        <source>Shows the models whose name contains this text (any case). Characters such as % and _ are matched literally.</source>
        <translation>Zeigt die Modelle, deren Name diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung). Zeichen wie % und _ werden wörtlich verglichen.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="43"/>
        <source>Any tier</source>
        <translation>Alle Lizenzstufen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="44"/>
        <source>Listed in tier</source>
        <translation>Angeboten in Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="46"/>
        <source>Any size</source>
        <translation>Alle Größen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="46"/>
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="47"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="50"/>
        <source>Any architecture</source>
        <translation>Alle Architekturen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="50"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="54"/>
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/CatalogFilterBar.cpp" line="56"/>
        <source>Show every model again</source>
        <translation>Wieder alle Modelle anzeigen</translation>
    </message>
</context>
<context>
    <name>mm::CatalogModel</name>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="23"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="24"/>
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="25"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="26"/>
        <source>Dataset tokens</source>
        <translation>Datensatz-Tokens</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="28"/>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="29"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="30"/>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="31"/>
        <source>Composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="32"/>
        <source>Tiers listed</source>
        <translation>Angebotene Stufen</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="33"/>
        <source>Open Source price</source>
        <translation>Preis Open Source</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="34"/>
        <source>Academic price</source>
        <translation>Preis Akademisch</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="35"/>
        <source>Commercial price</source>
        <translation>Preis Kommerziell</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="36"/>
        <source>Enterprise price</source>
        <translation>Preis Enterprise</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="37"/>
        <source>Licenses sold</source>
        <translation>Verkaufte Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="38"/>
        <source>Revenue to date</source>
        <translation>Bisheriger Umsatz</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="39"/>
        <source>Training cost</source>
        <translation>Trainingskosten</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="40"/>
        <source>Created on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="134"/>
        <source>OS</source>
        <comment>short for the Open Source tier</comment>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="137"/>
        <source>Acad</source>
        <comment>short for the Academic tier</comment>
        <translation>Akad</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="140"/>
        <source>Com</source>
        <comment>short for the Commercial tier</comment>
        <translation>Komm</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogColumns.cpp" line="143"/>
        <source>Ent</source>
        <comment>short for the Enterprise tier</comment>
        <translation>Ent</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="674"/>
        <source>a model needs a name</source>
        <translation>ein Modell braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="676"/>
        <source>the name is longer than 200 characters</source>
        <translation>der Name ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="684"/>
        <source>unknown architecture &apos;%1&apos;</source>
        <translation>unbekannte Architektur &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="690"/>
        <source>unknown size class &apos;%1&apos;</source>
        <translation>unbekannte Größenklasse &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="696"/>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unbekannter Status &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="700"/>
        <source>parameters must be a positive whole number</source>
        <translation>die Parameteranzahl muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="707"/>
        <source>dataset tokens must be a whole number, zero or more</source>
        <translation>die Datensatz-Tokens müssen eine ganze Zahl ab null sein</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="713"/>
        <source>performance must be between 0 and 100</source>
        <translation>die Leistung muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="717"/>
        <source>accuracy must be between 0 and 100</source>
        <translation>die Genauigkeit muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="721"/>
        <source>efficiency must be between 0 and 100</source>
        <translation>die Effizienz muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="730"/>
        <source>&apos;%1&apos; is not an amount of money</source>
        <translation>&apos;%1&apos; ist kein Geldbetrag</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="732"/>
        <source>the training cost cannot be negative</source>
        <translation>die Trainingskosten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogModel.cpp" line="737"/>
        <source>%1 cannot be edited</source>
        <translation>%1 kann nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>mm::CatalogQuery</name>
    <message>
        <location filename="../src/models/CatalogQuery.cpp" line="362"/>
        <source>reading the catalog&apos;s listings and sales</source>
        <translation>Lesen der Angebote und Verkäufe des Katalogs</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogQuery.cpp" line="64"/>
        <location filename="../src/models/CatalogQuery.cpp" line="69"/>
        <location filename="../src/models/CatalogQuery.cpp" line="402"/>
        <location filename="../src/models/CatalogQuery.cpp" line="417"/>
        <location filename="../src/models/CatalogQuery.cpp" line="436"/>
        <source>reading the catalog</source>
        <translation>Lesen des Katalogs</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogQuery.cpp" line="476"/>
        <source>reading catalog rows</source>
        <translation>Lesen von Katalogzeilen</translation>
    </message>
    <message>
        <location filename="../src/models/CatalogQuery.cpp" line="497"/>
        <source>counting the catalog&apos;s rows</source>
        <translation>Zählen der Katalogzeilen</translation>
    </message>
</context>
<context>
    <name>mm::CatalogRowLocator</name>
    <message>
        <location filename="../src/models/CatalogRowLocator.cpp" line="28"/>
        <location filename="../src/models/CatalogRowLocator.cpp" line="60"/>
        <source>locating a model in the catalog</source>
        <translation>Suchen eines Modells im Katalog</translation>
    </message>
</context>
<context>
    <name>mm::CatalogRowSelector</name>
    <message>
        <location filename="../src/ui/catalog/CatalogRowSelector.cpp" line="52"/>
        <source>Cannot show the model: %1</source>
        <translation>Das Modell kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>mm::CatalogRowValues</name>
    <message numerus="yes">
        <location filename="../src/ui/catalog/CatalogRowValues.cpp" line="20"/>
        <source>%n selected row(s) are not loaded yet; select at most %1 rows that are not on screen, or scroll through them first</source>
        <translation>
            <numerusform>%n ausgewählte Zeile ist noch nicht geladen; wählen Sie höchstens %1 Zeilen aus, die nicht sichtbar sind, oder scrollen Sie zuerst durch sie</numerusform>
            <numerusform>%n ausgewählte Zeilen sind noch nicht geladen; wählen Sie höchstens %1 Zeilen aus, die nicht sichtbar sind, oder scrollen Sie zuerst durch sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ChartExport</name>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="61"/>
        <source>the picture could not be encoded as PNG</source>
        <translation>das Bild konnte nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="76"/>
        <source>Exported from ModelMarket</source>
        <translation>Aus ModelMarket exportiert</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="83"/>
        <source>nothing was drawn</source>
        <translation>es wurde nichts gezeichnet</translation>
    </message>
</context>
<context>
    <name>mm::CheckedOpen</name>
    <message>
        <location filename="../src/ui/shell/CheckedOpen.cpp" line="19"/>
        <source>Checking %1 (%2) before opening it…</source>
        <translation>%1 (%2) wird vor dem Öffnen geprüft …</translation>
    </message>
</context>
<context>
    <name>mm::ConnectServerDialog</name>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="32"/>
        <source>db.studio.lan, or a socket folder such as /run/postgresql</source>
        <translation>db.studio.lan oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="37"/>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="40"/>
        <source>economy</source>
        <translation>wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="43"/>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="46"/>
        <source>Default: encrypted when the server offers it</source>
        <translation>Standard: verschlüsselt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="47"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="48"/>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Erforderlich, mit geprüftem Serverzertifikat</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="50"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="52"/>
        <source>Over the network only; a socket folder on this machine is never encrypted. A checked certificate must be signed by an authority in ~/.postgresql/root.crt, or in the file the address names with sslrootcert.</source>
        <translation>Nur über das Netzwerk; ein Socket-Ordner auf diesem Rechner wird nie verschlüsselt. Ein geprüftes Zertifikat muss von einer Stelle in ~/.postgresql/root.crt signiert sein oder in der Datei, die die Adresse mit sslrootcert nennt.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="64"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="65"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="66"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="67"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="68"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="69"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="72"/>
        <source>The password is asked for when the server needs one and is never stored. libpq&apos;s ~/.pgpass and PGPASSWORD are used when they have it.</source>
        <translation>Das Passwort wird abgefragt, wenn der Server eines verlangt, und nie gespeichert. ~/.pgpass und PGPASSWORD von libpq werden verwendet, wenn sie es enthalten.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="78"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ConnectServerDialog.cpp" line="61"/>
        <source>(name the database)</source>
        <translation>(Datenbank angeben)</translation>
    </message>
</context>
<context>
    <name>mm::CostBreakdownBar</name>
    <message>
        <location filename="../src/ui/training/CostBreakdownBar.cpp" line="28"/>
        <source>Cost breakdown</source>
        <translation>Kostenaufschlüsselung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/CostBreakdownBar.cpp" line="49"/>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/CostBreakdownBar.cpp" line="50"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/CostBreakdownBar.cpp" line="51"/>
        <source>Talent</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../src/ui/training/CostBreakdownBar.cpp" line="60"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/CostBreakdownBar.cpp" line="70"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/CostBreakdownBar.cpp" line="75"/>
        <source>No estimate: the inputs are not valid</source>
        <translation>Keine Schätzung: Die Eingaben sind ungültig</translation>
    </message>
</context>
<context>
    <name>mm::CountText</name>
    <message>
        <location filename="../src/core/CountText.cpp" line="27"/>
        <source>&apos;%1&apos; is not a whole number (examples: 13B, 1.4T, 350,000,000)</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl (Beispiele: 13B, 1.4T, 350.000.000)</translation>
    </message>
    <message>
        <location filename="../src/core/CountText.cpp" line="33"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/CountText.cpp" line="61"/>
        <source>no number given</source>
        <translation>keine Zahl angegeben</translation>
    </message>
    <message>
        <location filename="../src/core/CountText.cpp" line="98"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>mm::Database</name>
    <message>
        <location filename="../src/data/Database.cpp" line="41"/>
        <location filename="../src/data/DatabaseServer.cpp" line="38"/>
        <source>opening database %1</source>
        <translation>Öffnen der Datenbank %1</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="95"/>
        <source>database file is corrupt: %1</source>
        <translation>die Datenbankdatei ist beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="114"/>
        <source>the file has schema version %1, but this version of ModelMarket only knows versions up to %2; open it with a newer ModelMarket</source>
        <translation>die Datei hat die Schema-Version %1, diese ModelMarket-Version kennt aber nur Versionen bis %2; öffnen Sie sie mit einer neueren ModelMarket-Version</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="139"/>
        <source>it was opened only for reading, and opening it for writing once upgrades it</source>
        <translation>sie wurde nur zum Lesen geöffnet; einmal zum Schreiben geöffnet, wird sie aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="141"/>
        <source>the file is read-only; make it writable and open it again to upgrade it</source>
        <translation>die Datei ist schreibgeschützt; machen Sie sie beschreibbar und öffnen Sie sie erneut, um sie zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="144"/>
        <source>the file has schema version %1 and needs version %2; %3</source>
        <translation>die Datei hat die Schema-Version %1 und braucht Version %2; %3</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="242"/>
        <location filename="../src/data/Database.cpp" line="638"/>
        <source>the folder %1 does not exist</source>
        <translation>den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="342"/>
        <source>the check of every page was stopped</source>
        <translation>die Prüfung aller Seiten wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="562"/>
        <source>lost the connection to the server %1</source>
        <translation>die Verbindung zum Server %1 ist abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="621"/>
        <source>a server database is backed up with the server&apos;s own tools (pg_dump)</source>
        <translation>eine Server-Datenbank wird mit den Werkzeugen des Servers gesichert (pg_dump)</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="630"/>
        <source>the target is a folder</source>
        <translation>das Ziel ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="634"/>
        <source>a database cannot be backed up onto itself</source>
        <translation>eine Datenbank kann nicht auf sich selbst gesichert werden</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="649"/>
        <source>cannot create a file next to the target: %1</source>
        <translation>neben dem Ziel kann keine Datei angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="666"/>
        <source>cannot move the copy into place: %1</source>
        <translation>die Kopie kann nicht an ihren Platz verschoben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/data/Database.cpp" line="673"/>
        <source>checking the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="118"/>
        <source>the server did not answer within %1 seconds (connect timeout)</source>
        <translation>der Server hat nicht innerhalb von %1 Sekunden geantwortet (Verbindungs-Timeout)</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="173"/>
        <source>the database has schema version %1, but this version of ModelMarket only knows versions up to %2; use a newer ModelMarket</source>
        <translation>die Datenbank hat Schemaversion %1, diese Version von ModelMarket kennt aber nur Versionen bis %2; verwenden Sie ein neueres ModelMarket</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="199"/>
        <source>the database is not empty and was not set up by ModelMarket (tables: %1); give ModelMarket an empty database of its own</source>
        <translation>die Datenbank ist nicht leer und wurde nicht von ModelMarket eingerichtet (Tabellen: %1); geben Sie ModelMarket eine eigene, leere Datenbank</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="202"/>
        <source>the database holds tables ModelMarket did not make (%1); give ModelMarket a database of its own</source>
        <translation>die Datenbank enthält Tabellen, die nicht von ModelMarket stammen (%1); geben Sie ModelMarket eine eigene Datenbank</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="215"/>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-psql</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="284"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="298"/>
        <source>not connected to the server %1 (%2); ModelMarket reconnects when it answers again</source>
        <translation>nicht mit dem Server %1 verbunden (%2); ModelMarket verbindet sich neu, sobald er wieder antwortet</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="307"/>
        <source>reconnecting to %1</source>
        <translation>Neuverbindung mit %1</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="324"/>
        <source>the database now has schema version %1, expected %2</source>
        <translation>die Datenbank hat jetzt Schemaversion %1, erwartet wurde %2</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="344"/>
        <location filename="../src/data/DatabaseServer.cpp" line="346"/>
        <source>listening for changes</source>
        <translation>Warten auf Änderungen</translation>
    </message>
    <message>
        <location filename="../src/data/DatabaseServer.cpp" line="385"/>
        <source>announcing a change</source>
        <translation>Ankündigen einer Änderung</translation>
    </message>
</context>
<context>
    <name>mm::DbError</name>
    <message>
        <location filename="../src/data/DbError.cpp" line="55"/>
        <source>cannot open the database file</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="57"/>
        <source>not a SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="59"/>
        <source>database file is corrupt</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="61"/>
        <source>database file was written by a newer version of ModelMarket</source>
        <translation>die Datenbankdatei wurde von einer neueren ModelMarket-Version geschrieben</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="63"/>
        <source>database file needs an upgrade that cannot be done read-only</source>
        <translation>die Datenbankdatei braucht eine Aktualisierung, die nur lesend nicht möglich ist</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="65"/>
        <source>database is locked by another program</source>
        <translation>die Datenbank ist von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="67"/>
        <source>database is read-only</source>
        <translation>die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="69"/>
        <source>transaction failed</source>
        <translation>die Transaktion ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="71"/>
        <source>the database holds tables that ModelMarket did not make</source>
        <translation>die Datenbank enthält Tabellen, die nicht von ModelMarket stammen</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="73"/>
        <source>lost the connection to the server</source>
        <translation>die Verbindung zum Server ist abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/data/DbError.cpp" line="165"/>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
</context>
<context>
    <name>mm::DefaultDatabase</name>
    <message>
        <location filename="../src/data/DefaultDatabase.cpp" line="57"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>mm::DemandConfig</name>
    <message>
        <location filename="../src/core/DemandConfig.cpp" line="37"/>
        <source>%1 is outside the allowed range %2 to %3</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs %2 bis %3</translation>
    </message>
    <message>
        <location filename="../src/core/DemandConfig.cpp" line="127"/>
        <source>at least one quality weight must be above 0</source>
        <translation>mindestens eine Qualitätsgewichtung muss größer als 0 sein</translation>
    </message>
    <message>
        <location filename="../src/core/DemandConfig.cpp" line="148"/>
        <source>a budget must be between $0 and $10,000,000,000,000</source>
        <translation>ein Budget muss zwischen 0 $ und 10.000.000.000.000 $ liegen</translation>
    </message>
</context>
<context>
    <name>mm::EconomyComparisonDialog</name>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="39"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="41"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="45"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="102"/>
        <source>Compare with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="106"/>
        <source>Changes from this economy (%1) to %2, field by field. Rows are matched by id; the config by parameter.</source>
        <translation>Änderungen von dieser Wirtschaft (%1) zu %2, Feld für Feld. Zeilen werden über ihre ID zugeordnet, die Konfiguration über ihre Parameter.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="117"/>
        <source>Filter by table, row, field or value</source>
        <translation>Nach Tabelle, Zeile, Feld oder Wert filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="119"/>
        <source>Filter changes</source>
        <translation>Änderungen filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="123"/>
        <source>Reading both economies…</source>
        <translation>Beide Wirtschaften werden gelesen…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="131"/>
        <source>Table and row</source>
        <translation>Tabelle und Zeile</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="131"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="131"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="131"/>
        <source>This economy</source>
        <translation>Diese Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="136"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="170"/>
        <source>Compare with Economy</source>
        <translation>Mit Wirtschaft vergleichen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="171"/>
        <source>Economies (*.sqlite *.sqlite3 *.db *.json);;All files (*)</source>
        <translation>Wirtschaften (*.sqlite *.sqlite3 *.db *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="202"/>
        <source>The economies could not be compared: %1</source>
        <translation>Die Wirtschaften konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="222"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="274"/>
        <source>No differences: the economies are the same.</source>
        <translation>Keine Unterschiede: die Wirtschaften sind gleich.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="280"/>
        <source>Changes: %1; the first %2 are shown (modelmarket diff lists all)</source>
        <translation>Änderungen: %1; die ersten %2 werden gezeigt (modelmarket diff listet alle)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="290"/>
        <source>Changes: %1 (%2 added, %3 removed, %4 changed)</source>
        <translation>Änderungen: %1 (%2 hinzugefügt, %3 entfernt, %4 geändert)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/EconomyComparisonDialog.cpp" line="292"/>
        <source>Changes: %1 of %2 shown (%3 added, %4 removed, %5 changed in all)</source>
        <translation>Änderungen: %1 von %2 gezeigt (insgesamt %3 hinzugefügt, %4 entfernt, %5 geändert)</translation>
    </message>
</context>
<context>
    <name>mm::EconomyConfig</name>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="75"/>
        <source>a team cannot have a negative number of people</source>
        <translation>ein Team kann keine negative Personenzahl haben</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="90"/>
        <source>the price floor cannot be negative</source>
        <translation>der Mindestpreis darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="93"/>
        <source>the price floor %1 is above the ceiling %2</source>
        <translation>der Mindestpreis %1 liegt über dem Höchstpreis %2</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="98"/>
        <source>Open Source licenses stay free: floor and ceiling must be 0</source>
        <translation>Open-Source-Lizenzen bleiben kostenlos: Mindest- und Höchstpreis müssen 0 sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="100"/>
        <source>the pricing reference must be at least the price floor</source>
        <translation>die Preisreferenz muss mindestens dem Mindestpreis entsprechen</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="102"/>
        <source>the usage rate cannot be negative</source>
        <translation>der Nutzungstarif darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="104"/>
        <source>the deployment cap must be at least 1, or unlimited</source>
        <translation>das Bereitstellungslimit muss mindestens 1 oder unbegrenzt sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="108"/>
        <source>a tier that sells only unlimited deployments cannot have a deployment cap</source>
        <translation>eine Lizenzstufe, die nur unbegrenzte Bereitstellungen verkauft, kann kein Bereitstellungslimit haben</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="110"/>
        <source>the term must be between 0 (perpetual) and 1200 months</source>
        <translation>die Laufzeit muss zwischen 0 (unbefristet) und 1200 Monaten liegen</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="112"/>
        <source>the minimum buyer size cannot be negative</source>
        <translation>die Mindestgröße des Käufers darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="114"/>
        <source>at least one buyer type must be allowed</source>
        <translation>mindestens ein Käufertyp muss zugelassen sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="387"/>
        <source>size class %1 must appear exactly once</source>
        <translation>die Größenklasse %1 muss genau einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="392"/>
        <source>the cost range is empty or negative</source>
        <translation>der Kostenbereich ist leer oder negativ</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="395"/>
        <source>the duration range must be at least one day and not empty</source>
        <translation>der Dauerbereich muss mindestens einen Tag umfassen und darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="397"/>
        <source>the parameter range is empty</source>
        <translation>der Parameterbereich ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="399"/>
        <source>the failure chance must be between 0 and 1</source>
        <translation>das Ausfallrisiko muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="401"/>
        <source>base quality must be 0-100 and the spread not negative</source>
        <translation>die Grundqualität muss zwischen 0 und 100 liegen und die Streuung darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="405"/>
        <source>the template&apos;s parameter count is outside the class&apos;s range</source>
        <translation>die Parameteranzahl der Vorlage liegt außerhalb des Bereichs der Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="409"/>
        <source>the template uses an unknown GPU type &apos;%1&apos;</source>
        <translation>die Vorlage verwendet den unbekannten GPU-Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="412"/>
        <source>at least one GPU type is needed</source>
        <translation>mindestens ein GPU-Typ ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="416"/>
        <source>GPU type &apos;%1&apos; appears more than once</source>
        <translation>GPU-Typ &apos;%1&apos; kommt mehrfach vor</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="421"/>
        <source>a GPU type needs a key, positive throughput, a rate and a capacity</source>
        <translation>ein GPU-Typ braucht einen Schlüssel, einen positiven Durchsatz, einen Tagessatz und eine Kapazität</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="426"/>
        <source>a daily rate cannot be negative</source>
        <translation>ein Tagessatz darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="430"/>
        <source>the data cost cannot be negative</source>
        <translation>die Datenkosten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="433"/>
        <source>the research curve needs a bonus ≥ 0 and half-points &gt; 0</source>
        <translation>die Forschungskurve braucht einen Bonus ≥ 0 und Halbwertspunkte &gt; 0</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="435"/>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="440"/>
        <source>the composite weights must be positive and add up to 1</source>
        <translation>die Gewichte des Gesamtwerts müssen positiv sein und in der Summe 1 ergeben</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="443"/>
        <source>must be between 0 and 100</source>
        <translation>muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="450"/>
        <source>tier %1 must appear exactly once</source>
        <translation>die Lizenzstufe %1 muss genau einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../src/core/EconomyConfig.cpp" line="548"/>
        <source>the economy config was written by a newer version of ModelMarket</source>
        <translation>die Wirtschaftskonfiguration wurde von einer neueren ModelMarket-Version geschrieben</translation>
    </message>
</context>
<context>
    <name>mm::EconomyDiff</name>
    <message>
        <location filename="../src/data/EconomyDiff.cpp" line="319"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyDiff.cpp" line="321"/>
        <source>this is a folder, not an economy</source>
        <translation>dies ist ein Ordner, keine Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyDiff.cpp" line="330"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyDiff.cpp" line="335"/>
        <source>the file is empty: neither a ModelMarket database nor an economy JSON file</source>
        <translation>die Datei ist leer: weder eine ModelMarket-Datenbank noch eine Wirtschafts-JSON-Datei</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyDiff.cpp" line="352"/>
        <source>not a JSON economy: %1 at offset %2</source>
        <translation>keine JSON-Wirtschaft: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyDiff.cpp" line="355"/>
        <source>not a JSON economy: the document is not an object</source>
        <translation>keine JSON-Wirtschaft: das Dokument ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyDiff.cpp" line="360"/>
        <source>this is not a ModelMarket economy (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>dies ist keine ModelMarket-Wirtschaft (Format &quot;%1&quot;, erwartet &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyDiff.cpp" line="362"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyDiff.cpp" line="367"/>
        <source>the file is economy format version %1, but this ModelMarket reads only up to version %2; update ModelMarket to compare it</source>
        <translation>die Datei hat das Wirtschaftsformat Version %1, dieses ModelMarket liest aber nur bis Version %2; aktualisieren Sie ModelMarket, um sie zu vergleichen</translation>
    </message>
</context>
<context>
    <name>mm::EconomyGenerator</name>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="64"/>
        <source>generating an economy</source>
        <translation>Erzeugen einer Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="93"/>
        <source>generation cancelled</source>
        <translation>Erzeugung abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="137"/>
        <source>%1 University %2</source>
        <translation>%1 University %2</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="142"/>
        <source>%1 Labs %2</source>
        <translation>%1 Labs %2</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="147"/>
        <source>%1 Corp %2</source>
        <translation>%1 Corp %2</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="152"/>
        <source>%1 Holdings %2</source>
        <translation>%1 Holdings %2</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="193"/>
        <location filename="../src/data/EconomyGenerator.cpp" line="380"/>
        <source>listing generated models</source>
        <translation>Anbieten der erzeugten Modelle</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="249"/>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="360"/>
        <source>listing model &apos;%1&apos;</source>
        <translation>Anbieten von Modell &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="475"/>
        <source>licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="511"/>
        <source>usage charges</source>
        <translation>Nutzungsgebühren</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="571"/>
        <source>counts cannot be negative and at least one month is needed</source>
        <translation>Anzahlen dürfen nicht negativ sein, und mindestens ein Monat ist nötig</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="592"/>
        <source>Enterprise share of revenue</source>
        <translation>Umsatzanteil Enterprise</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="594"/>
        <source>Medium models pay back</source>
        <translation>Mittlere Modelle amortisieren sich</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="596"/>
        <source>Academic revenue exists</source>
        <translation>Akademischer Umsatz vorhanden</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="613"/>
        <source>Cheaper Commercial</source>
        <translation>Kommerziell günstiger</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="614"/>
        <source>Commercial listings 15% below their current prices</source>
        <translation>Kommerzielle Angebote 15 % unter ihren aktuellen Preisen</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="631"/>
        <source>creating the demo economy</source>
        <translation>Anlegen der Demo-Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="646"/>
        <source>giving demo models to the rival labs</source>
        <translation>Zuteilen der Demo-Modelle an die konkurrierenden Labore</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyGenerator.cpp" line="659"/>
        <source>spreading the demo&apos;s list prices</source>
        <translation>Streuen der Listenpreise der Demo</translation>
    </message>
</context>
<context>
    <name>mm::EconomyRepository</name>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="27"/>
        <source>reading setting &apos;%1&apos;</source>
        <translation>Lesen der Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="38"/>
        <source>saving setting &apos;%1&apos;</source>
        <translation>Speichern der Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="52"/>
        <source>the stored economy config is not valid JSON: %1</source>
        <translation>die gespeicherte Wirtschaftskonfiguration ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="57"/>
        <source>the stored economy config is invalid: %1</source>
        <translation>die gespeicherte Wirtschaftskonfiguration ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="66"/>
        <source>saving the economy config</source>
        <translation>Speichern der Wirtschaftskonfiguration</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="92"/>
        <source>saving size class %1</source>
        <translation>Speichern der Größenklasse %1</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="105"/>
        <source>saving GPU type &apos;%1&apos;</source>
        <translation>Speichern des GPU-Typs &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="115"/>
        <source>reading GPU types</source>
        <translation>Lesen der GPU-Typen</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="125"/>
        <source>removing GPU type &apos;%1&apos;</source>
        <translation>Entfernen des GPU-Typs &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="158"/>
        <source>saving the %1 tier</source>
        <translation>Speichern der Lizenzstufe %1</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="183"/>
        <source>the stored game date &apos;%1&apos; is not a date</source>
        <translation>das gespeicherte Spieldatum &apos;%1&apos; ist kein Datum</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyRepository.cpp" line="190"/>
        <source>not a valid date</source>
        <translation>kein gültiges Datum</translation>
    </message>
</context>
<context>
    <name>mm::Enum</name>
    <message>
        <location filename="../src/core/Enums.h" line="42"/>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="43"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="44"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="46"/>
        <source>Frontier</source>
        <translation>Frontier</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="49"/>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="51"/>
        <source>Mixture-of-Experts</source>
        <translation>Mixture-of-Experts</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="53"/>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="55"/>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="57"/>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="59"/>
        <source>Multimodal</source>
        <translation>Multimodal</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="62"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="64"/>
        <source>Training</source>
        <translation>Im Training</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="66"/>
        <location filename="../src/core/Enums.h" line="100"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="67"/>
        <source>Listed</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="69"/>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="70"/>
        <location filename="../src/core/Enums.h" line="101"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="73"/>
        <source>Open Source</source>
        <translation>Open Source</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="75"/>
        <source>Academic</source>
        <translation>Akademisch</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="77"/>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="79"/>
        <location filename="../src/core/Enums.h" line="88"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="82"/>
        <source>Academic institution</source>
        <translation>Akademische Einrichtung</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="84"/>
        <source>Startup</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="86"/>
        <source>Commercial company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="91"/>
        <source>Research</source>
        <translation>Wissenschaftlich</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="93"/>
        <source>Business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="96"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="97"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="98"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="103"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="106"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="108"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="110"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="113"/>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="114"/>
        <source>Mid-level</source>
        <translation>Mid-Level</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="115"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../src/core/Enums.h" line="117"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>mm::Exchange</name>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="187"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="211"/>
        <location filename="../src/data/ExchangeCsv.cpp" line="229"/>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 liegt außerhalb des Bereichs %2 bis %3</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="225"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="245"/>
        <source>&apos;%1&apos; is not an amount like 1234.56</source>
        <translation>&apos;%1&apos; ist kein Betrag wie 1234.56</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="249"/>
        <source>the amount cannot be negative</source>
        <translation>der Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="261"/>
        <source>&apos;%1&apos; is not a date like 2025-01-31</source>
        <translation>&apos;%1&apos; ist kein Datum wie 2025-01-31</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="275"/>
        <source>&apos;%1&apos; is not a known value; use one of: %2</source>
        <translation>&apos;%1&apos; ist kein bekannter Wert; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="437"/>
        <location filename="../src/data/ExchangeCsv.cpp" line="1347"/>
        <source>the import was cancelled; nothing was written</source>
        <translation>der Import wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1394"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/data/ExchangeCsv.cpp" line="311"/>
        <source>the header lacks the required column(s) %1; expected columns: %2</source>
        <translation>
            <numerusform>in der Kopfzeile fehlt die erforderliche Spalte %1; erwartete Spalten: %2</numerusform>
            <numerusform>in der Kopfzeile fehlen die erforderlichen Spalten %1; erwartete Spalten: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="318"/>
        <source>the column appears more than once</source>
        <translation>die Spalte kommt mehrfach vor</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="365"/>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="398"/>
        <source>&apos;%1&apos; is already on line %2</source>
        <translation>&apos;%1&apos; steht bereits in Zeile %2</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="451"/>
        <source>expected a JSON object like {&quot;code&quot;: 71.5}: %1</source>
        <translation>erwartet wird ein JSON-Objekt wie {&quot;code&quot;: 71.5}: %1</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="459"/>
        <source>the score of &apos;%1&apos; must be a number from 0 to 100</source>
        <translation>der Wert von &apos;%1&apos; muss eine Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeJson.cpp" line="255"/>
        <source>reading listings</source>
        <translation>Lesen der Angebote</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="595"/>
        <source>the model is listed for sale, so it cannot become %1; unlist it first</source>
        <translation>das Modell wird zum Verkauf angeboten und kann daher nicht den Status „%1“ erhalten; ziehen Sie zuerst die Angebote zurück</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1337"/>
        <source>importing the catalog</source>
        <translation>Importieren des Katalogs</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="804"/>
        <location filename="../src/data/ExchangeCsv.cpp" line="822"/>
        <location filename="../src/data/ExchangeJson.cpp" line="245"/>
        <source>reading buyers</source>
        <translation>Lesen der Käufer</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1339"/>
        <source>importing buyers</source>
        <translation>Importieren der Käufer</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="992"/>
        <source>reading the terms of a license</source>
        <translation>Lesen der Bedingungen einer Lizenz</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="476"/>
        <location filename="../src/data/ExchangeCsv.cpp" line="777"/>
        <location filename="../src/data/ExchangeCsv.cpp" line="784"/>
        <source>reading the catalog</source>
        <translation>Lesen des Katalogs</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="613"/>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1006"/>
        <location filename="../src/data/ExchangeCsv.cpp" line="1017"/>
        <source>reading the usage charges of license %1</source>
        <translation>Lesen der Nutzungsgebühren von Lizenz %1</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1057"/>
        <source>%1 is below the %2 tier&apos;s price floor of %3</source>
        <translation>%1 liegt unter dem Mindestpreis der Lizenzstufe %2 von %3</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1061"/>
        <source>%1 is above the %2 tier&apos;s price ceiling of %3</source>
        <translation>%1 liegt über dem Höchstpreis der Lizenzstufe %2 von %3</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1074"/>
        <source>the license expires on %1, so it cannot have been sold after that; give a new expires_on as well</source>
        <translation>die Lizenz läuft am %1 ab und kann daher nicht später verkauft worden sein; geben Sie auch ein neues expires_on an</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1079"/>
        <source>%1 is before the sale on %2; a license cannot expire before it is sold</source>
        <translation>%1 liegt vor dem Verkauf am %2; eine Lizenz kann nicht ablaufen, bevor sie verkauft wurde</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1099"/>
        <source>the %1 tier charges %2 per 1,000 calls, but the license already has usage charged at %3 per 1,000 calls (e.g. for %4); the rate cannot change afterwards, so give usage_rate_per_1000 as %3</source>
        <translation>die Lizenzstufe %1 berechnet %2 pro 1.000 Aufrufe, aber für die Lizenz wurde bereits Nutzung zu %3 pro 1.000 Aufrufe abgerechnet (z. B. für %4); der Tarif kann sich danach nicht mehr ändern, geben Sie daher usage_rate_per_1000 mit %3 an</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1105"/>
        <source>the license already has usage charged at %1 per 1,000 calls (e.g. for %2); the rate cannot change afterwards</source>
        <translation>für die Lizenz wurde bereits Nutzung zu %1 pro 1.000 Aufrufe abgerechnet (z. B. für %2); der Tarif kann sich danach nicht mehr ändern</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1116"/>
        <source>the license already has usage charged for %1, so it cannot have been sold after that month</source>
        <translation>für die Lizenz wurde bereits Nutzung für %1 abgerechnet, daher kann sie nicht nach diesem Monat verkauft worden sein</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1153"/>
        <source>license %1 is already on line %2</source>
        <translation>Lizenz %1 steht bereits in Zeile %2</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1175"/>
        <source>there is no model named &apos;%1&apos;</source>
        <translation>es gibt kein Modell namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1186"/>
        <source>there is no buyer named &apos;%1&apos;</source>
        <translation>es gibt keinen Käufer namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1134"/>
        <location filename="../src/data/ExchangeCsv.cpp" line="1341"/>
        <source>importing licenses</source>
        <translation>Importieren der Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1254"/>
        <source>updating license %1</source>
        <translation>Aktualisieren von Lizenz %1</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1302"/>
        <location filename="../src/data/ExchangeJson.cpp" line="264"/>
        <source>reading licenses</source>
        <translation>Lesen der Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1456"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1457"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/data/ExchangeCsv.cpp" line="1462"/>
        <source>%n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%n Problem; es wurde nichts importiert</numerusform>
            <numerusform>%n Probleme; es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1464"/>
        <source>%1 added, %2 updated</source>
        <translation>%1 hinzugefügt, %2 aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeCsv.cpp" line="1488"/>
        <source>the file is larger than the %1 MB an import accepts</source>
        <translation>die Datei ist größer als die %1 MB, die ein Import annimmt</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeJson.cpp" line="203"/>
        <location filename="../src/data/ExchangeJson.cpp" line="208"/>
        <source>reading the economy</source>
        <translation>Lesen der Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="79"/>
        <source>expected a date like &quot;2025-01-31&quot;, got &quot;%1&quot;</source>
        <translation>erwartet wird ein Datum wie &quot;2025-01-31&quot;, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="96"/>
        <source>must be between 0 and 100, not %1</source>
        <translation>muss zwischen 0 und 100 liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="103"/>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="110"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="119"/>
        <location filename="../src/data/EconomyImport.cpp" line="249"/>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="379"/>
        <location filename="../src/data/EconomyImport.cpp" line="1269"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="191"/>
        <location filename="../src/data/EconomyImport.cpp" line="1269"/>
        <source>expected a list</source>
        <translation>erwartet wird eine Liste</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="196"/>
        <location filename="../src/data/EconomyImport.cpp" line="348"/>
        <location filename="../src/data/EconomyImport.cpp" line="395"/>
        <location filename="../src/data/EconomyImport.cpp" line="672"/>
        <location filename="../src/data/EconomyImport.cpp" line="857"/>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="707"/>
        <location filename="../src/data/EconomyImport.cpp" line="899"/>
        <source>an id must be a positive whole number</source>
        <translation>eine ID muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="905"/>
        <source>id %1 is also used by %2</source>
        <translation>ID %1 wird auch von %2 verwendet</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="137"/>
        <source>there is no %1 with id %2</source>
        <translation>%1 mit ID %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="243"/>
        <source>expected a number</source>
        <translation>erwartet wird eine Zahl</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="344"/>
        <source>expected a whole number from 0 to 2^64-1 as text</source>
        <translation>erwartet wird eine ganze Zahl von 0 bis 2^64-1 als Text</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="355"/>
        <source>expected an amount like &quot;1234.56&quot;</source>
        <translation>erwartet wird ein Betrag wie &quot;1234.56&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="378"/>
        <source>this is not a ModelMarket economy (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>dies ist keine ModelMarket-Wirtschaft (Format &quot;%1&quot;, erwartet &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="384"/>
        <source>the format version must be a whole number of at least 1</source>
        <translation>die Formatversion muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="387"/>
        <source>the file is economy format version %1, but this ModelMarket reads only up to version %2; update ModelMarket to import it</source>
        <translation>die Datei hat das Wirtschaftsformat Version %1, diese ModelMarket-Version liest aber nur bis Version %2; aktualisieren Sie ModelMarket, um sie zu importieren</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="407"/>
        <source>expected a date like &quot;2025-01-31&quot;</source>
        <translation>erwartet wird ein Datum wie &quot;2025-01-31&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="990"/>
        <location filename="../src/data/EconomyImport.cpp" line="1021"/>
        <location filename="../src/data/EconomyImport.cpp" line="1088"/>
        <location filename="../src/data/EconomyImport.cpp" line="1190"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="1025"/>
        <source>the listing date is missing</source>
        <translation>das Angebotsdatum fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="1035"/>
        <source>the model is already listed in this tier</source>
        <translation>das Modell wird in dieser Lizenzstufe bereits angeboten</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="1093"/>
        <source>buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="1148"/>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="1156"/>
        <source>the license is already charged for this month</source>
        <translation>für diese Lizenz wurde dieser Monat bereits abgerechnet</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="218"/>
        <location filename="../src/data/EconomyImport.cpp" line="745"/>
        <source>the name &apos;%1&apos; is used twice</source>
        <translation>der Name &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="1196"/>
        <source>the GPU type &apos;%1&apos; is not in the config</source>
        <translation>der GPU-Typ &apos;%1&apos; ist nicht in der Konfiguration enthalten</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="916"/>
        <source>a lab needs a name of its own</source>
        <translation>ein Labor braucht einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="988"/>
        <source>model %1 belongs to two labs</source>
        <translation>Modell %1 gehört zwei Laboren</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="922"/>
        <source>exactly one lab must be the studio</source>
        <translation>genau ein Labor muss das Studio sein</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="415"/>
        <source>counting %1</source>
        <translation>Zählen von %1</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="431"/>
        <source>not a JSON economy: %1</source>
        <translation>keine JSON-Wirtschaft: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/data/EconomyImport.cpp" line="459"/>
        <source>%n more problem(s):</source>
        <translation>
            <numerusform>%n weiteres Problem:</numerusform>
            <numerusform>%n weitere Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="540"/>
        <source>importing the economy</source>
        <translation>Importieren der Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="555"/>
        <source>not a JSON economy: the document is not an object</source>
        <translation>keine JSON-Wirtschaft: das Dokument ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="716"/>
        <source>id %1 is also used by an earlier record of %2</source>
        <translation>ID %1 wird auch von einem früheren Eintrag in %2 verwendet</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="813"/>
        <source>the name &apos;%1&apos; is also used by the record with id %2</source>
        <translation>der Name &apos;%1&apos; wird auch vom Eintrag mit der ID %2 verwendet</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="976"/>
        <source>expected model ids</source>
        <translation>Modell-IDs erwartet</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="1237"/>
        <source>the database already holds models, buyers or licenses; importing an economy would replace them all. Import into an empty database, or ask for replacement explicitly</source>
        <translation>die Datenbank enthält bereits Modelle, Käufer oder Lizenzen; der Import einer Wirtschaft würde sie alle ersetzen. Importieren Sie in eine leere Datenbank oder fordern Sie das Ersetzen ausdrücklich an</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyImport.cpp" line="1311"/>
        <source>the economy breaks rules that &apos;modelmarket check&apos; enforces, so nothing was imported:
- %1</source>
        <translation>die Wirtschaft verletzt Regeln, die &apos;modelmarket check&apos; durchsetzt, daher wurde nichts importiert:
- %1</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeJson.cpp" line="274"/>
        <source>reading usage charges</source>
        <translation>Lesen der Nutzungsgebühren</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeJson.cpp" line="284"/>
        <source>reading research projects</source>
        <translation>Lesen der Forschungsprojekte</translation>
    </message>
    <message>
        <location filename="../src/data/ExchangeJson.cpp" line="302"/>
        <location filename="../src/data/ExchangeJson.cpp" line="311"/>
        <source>reading labs</source>
        <translation>Lesen der Labore</translation>
    </message>
</context>
<context>
    <name>mm::ExportableChartView</name>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="129"/>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="131"/>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="132"/>
        <source>Export &amp;Data as CSV…</source>
        <translation>&amp;Daten als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="134"/>
        <source>&amp;Copy Data</source>
        <translation>Daten &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="168"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="172"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="176"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="186"/>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="199"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ChartExport.cpp" line="200"/>
        <source>The chart could not be exported.

%1</source>
        <translation>Das Diagramm konnte nicht exportiert werden.

%1</translation>
    </message>
</context>
<context>
    <name>mm::Forecast</name>
    <message>
        <location filename="../src/core/Forecast.cpp" line="21"/>
        <source>the months must be between 1 and %1, not %2</source>
        <translation>die Anzahl der Monate muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <location filename="../src/core/Forecast.cpp" line="28"/>
        <source>the runs must be between 1 and %1, not %2</source>
        <translation>die Anzahl der Läufe muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
</context>
<context>
    <name>mm::ForecastArea</name>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="102"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="111"/>
        <source>the economy&apos;s market seed</source>
        <translation>Markt-Seed der Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="116"/>
        <source>Leave empty to use the economy&apos;s own seed: run 0 then shows exactly what the game clock will do.</source>
        <translation>Leer lassen, um den eigenen Seed der Wirtschaft zu verwenden: Lauf 0 zeigt dann genau, was die Spieluhr tun wird.</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="119"/>
        <source>&amp;Run Forecast</source>
        <translation>&amp;Prognose berechnen</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="122"/>
        <source>Play the market forward in memory; nothing is written (Ctrl+Return)</source>
        <translation>Den Markt im Speicher vorausspielen; es wird nichts geschrieben (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="123"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="125"/>
        <source>Market &amp;Parameters…</source>
        <translation>Markt&amp;parameter…</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="127"/>
        <source>How each type of buyer decides; change them and forecast again</source>
        <translation>Wie jede Käuferart entscheidet; ändern und erneut prognostizieren</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="134"/>
        <source>%v of %m runs</source>
        <translation>%v von %m Läufen</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="139"/>
        <source>Choose how far ahead and how many runs, then Run Forecast. Each run plays every buyer&apos;s monthly decisions and the rival labs&apos; releases; the charts show the middle run (p50) and the band between the 10th and 90th percentile.</source>
        <translation>Wählen Sie, wie weit voraus und wie viele Läufe, dann „Prognose berechnen“. Jeder Lauf spielt die monatlichen Entscheidungen aller Käufer und die Veröffentlichungen der konkurrierenden Labore durch; die Diagramme zeigen den mittleren Lauf (p50) und das Band zwischen dem 10. und dem 90. Perzentil.</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="145"/>
        <source>Run Forecast</source>
        <translation>Prognose berechnen</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="150"/>
        <source>Cancel Forecast</source>
        <translation>Prognose abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="156"/>
        <source>&amp;Horizon:</source>
        <translation>H&amp;orizont:</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="157"/>
        <source>R&amp;uns:</source>
        <translation>&amp;Läufe:</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="158"/>
        <source>&amp;Seed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="172"/>
        <source>Forecast revenue per tier</source>
        <translation>Prognostizierter Umsatz pro Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="174"/>
        <source>Total revenue, history and forecast</source>
        <translation>Gesamtumsatz, Historie und Prognose</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="178"/>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="383"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="181"/>
        <source>&amp;Logarithmic axis</source>
        <translation>Lo&amp;garithmische Achse</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="183"/>
        <source>Keep small tiers readable beside large ones</source>
        <translation>Kleine Lizenzstufen neben großen lesbar halten</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="192"/>
        <source>By tier</source>
        <translation>Nach Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="194"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="196"/>
        <source>By lab</source>
        <translation>Nach Labor</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="197"/>
        <source>By size class (payback)</source>
        <translation>Nach Größenklasse (Amortisation)</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="204"/>
        <source>&amp;Export Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="210"/>
        <source>Forecast numbers</source>
        <translation>Prognosezahlen</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="217"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="261"/>
        <source>Forecasting %1 runs of %2 months…</source>
        <translation>Prognose mit %1 Läufen über %2 Monate…</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="276"/>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="288"/>
        <source>Forecast cancelled; the previous result stays.</source>
        <translation>Prognose abgebrochen; das vorherige Ergebnis bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="282"/>
        <source>The forecast could not start: %1</source>
        <translation>Die Prognose konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="283"/>
        <source>The forecast could not start.</source>
        <translation>Die Prognose konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="296"/>
        <source>Forecast finished: %1 runs</source>
        <translation>Prognose abgeschlossen: %1 Läufe</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="319"/>
        <source>%1 to %2, %3 runs. Total revenue over the horizon: %4 (p50), between %5 (p10) and %6 (p90).</source>
        <translation>%1 bis %2, %3 Läufe. Gesamtumsatz über den Horizont: %4 (p50), zwischen %5 (p10) und %6 (p90).</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="363"/>
        <source>Export Forecast Table</source>
        <translation>Prognosetabelle exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastArea.cpp" line="367"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>mm::ForecastCharts</name>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="48"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="74"/>
        <source>%1 p10–p90</source>
        <translation>%1 p10–p90</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="80"/>
        <source>%1 p50</source>
        <translation>%1 p50</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="93"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="120"/>
        <source>Revenue per tier: p50 with the p10–p90 band</source>
        <translation>Umsatz pro Lizenzstufe: p50 mit dem Band p10–p90</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="168"/>
        <source>Total revenue: history and forecast</source>
        <translation>Gesamtumsatz: Historie und Prognose</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="195"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="209"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="225"/>
        <source>Total revenue per month: base and scenarios</source>
        <translation>Gesamtumsatz pro Monat: Basis und Szenarien</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="269"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="285"/>
        <source>−%1%</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="286"/>
        <source>+%1%</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="324"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="325"/>
        <source>Change (percentage points)</source>
        <translation>Änderung (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/ForecastCharts.cpp" line="326"/>
        <source>Change (months)</source>
        <translation>Änderung (Monate)</translation>
    </message>
</context>
<context>
    <name>mm::ForecastMetric</name>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="41"/>
        <source>use revenue@M, cumulative-revenue@M, tier-revenue:TIER@M, tier-share:TIER@M, payback:SIZE, lab-revenue:LAB@M or lab-share:LAB@M</source>
        <translation>verwenden Sie revenue@M, cumulative-revenue@M, tier-revenue:TIER@M, tier-share:TIER@M, payback:SIZE, lab-revenue:LAB@M oder lab-share:LAB@M</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="82"/>
        <source>no metric given: %1</source>
        <translation>keine Metrik angegeben: %1</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="88"/>
        <source>&apos;%1&apos;: the month after @ must be between 1 and %2</source>
        <translation>&apos;%1&apos;: der Monat nach @ muss zwischen 1 und %2 liegen</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="102"/>
        <source>unknown metric &apos;%1&apos;: %2</source>
        <translation>unbekannte Metrik &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="107"/>
        <source>&apos;%1&apos; needs a tier after the colon (%2)</source>
        <translation>&apos;%1&apos; braucht nach dem Doppelpunkt eine Lizenzstufe (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="113"/>
        <source>&apos;%1&apos; needs a size class after the colon (%2)</source>
        <translation>&apos;%1&apos; braucht nach dem Doppelpunkt eine Größenklasse (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="117"/>
        <source>&apos;%1&apos;: payback is measured over the whole horizon, without @</source>
        <translation>&apos;%1&apos;: die Amortisation wird über den gesamten Horizont gemessen, ohne @</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="122"/>
        <source>&apos;%1&apos; needs a lab&apos;s name after the colon</source>
        <translation>&apos;%1&apos; braucht nach dem Doppelpunkt den Namen eines Labors</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="125"/>
        <source>&apos;%1&apos; takes nothing after a colon</source>
        <translation>&apos;%1&apos; erwartet nichts nach einem Doppelpunkt</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="128"/>
        <source>&apos;%1&apos; needs the month it runs to, e.g. cumulative-revenue@36</source>
        <translation>&apos;%1&apos; braucht den Monat, bis zu dem summiert wird, z. B. cumulative-revenue@36</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="154"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="157"/>
        <source>Revenue to date</source>
        <translation>Bisheriger Umsatz</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="160"/>
        <location filename="../src/core/ForecastMetric.cpp" line="168"/>
        <source>%1 revenue</source>
        <translation>Umsatz %1</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="163"/>
        <location filename="../src/core/ForecastMetric.cpp" line="171"/>
        <source>%1 share of revenue</source>
        <translation>Umsatzanteil %1</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="166"/>
        <source>%1 payback</source>
        <translation>Amortisation %1</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="175"/>
        <source>%1, whole horizon</source>
        <translation>%1, gesamter Horizont</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="178"/>
        <source>%1, month %2</source>
        <translation>%1, Monat %2</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="179"/>
        <source>%1, months 1-%2</source>
        <translation>%1, Monate 1-%2</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="200"/>
        <source>%1 needs a forecast of at least %2 months, not %3</source>
        <translation>%1 braucht eine Prognose über mindestens %2 Monate, nicht %3</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="213"/>
        <source>no lab is called &apos;%1&apos; (there are: %2)</source>
        <translation>kein Labor heißt &apos;%1&apos; (vorhanden: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="252"/>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; ist ungültig, erwartet: %2</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="260"/>
        <source>a number of months</source>
        <translation>eine Anzahl von Monaten</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="269"/>
        <source>a percentage between 0 and 100</source>
        <translation>ein Prozentwert zwischen 0 und 100</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastMetric.cpp" line="278"/>
        <source>an amount such as 1234.56</source>
        <translation>ein Betrag wie 1234.56</translation>
    </message>
</context>
<context>
    <name>mm::ForecastReport</name>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="41"/>
        <source>Tier</source>
        <translation>Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="42"/>
        <location filename="../src/core/ForecastReport.cpp" line="65"/>
        <location filename="../src/core/ForecastReport.cpp" line="87"/>
        <source>Revenue %1</source>
        <translation>Umsatz %1</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="44"/>
        <source>Fees p50</source>
        <translation>Lizenzgebühren p50</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="46"/>
        <source>Usage p50</source>
        <translation>Nutzung p50</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="48"/>
        <source>Licenses %1</source>
        <translation>Lizenzen %1</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="50"/>
        <source>Share %1</source>
        <translation>Anteil %1</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="64"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="70"/>
        <source>%1 p50</source>
        <translation>%1 p50</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="74"/>
        <source>Buyers out of budget p50</source>
        <translation>Käufer mit erschöpftem Budget p50</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="86"/>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="89"/>
        <source>Market share %1</source>
        <translation>Marktanteil %1</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="99"/>
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../src/core/ForecastReport.cpp" line="101"/>
        <source>Payback months %1</source>
        <translation>Amortisation in Monaten %1</translation>
    </message>
</context>
<context>
    <name>mm::ForecastTableModel</name>
    <message>
        <location filename="../src/models/ForecastTableModel.cpp" line="40"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>mm::GameClockWidget</name>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="26"/>
        <source>Game clock</source>
        <translation>Spieluhr</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="34"/>
        <source>Game date</source>
        <translation>Spieldatum</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="35"/>
        <source>Today in the game</source>
        <translation>Heute im Spiel</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="41"/>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="152"/>
        <source>&amp;Play</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="46"/>
        <source>Play or pause the game clock (Space)</source>
        <translation>Spieluhr starten oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="55"/>
        <source>Advance One &amp;Day</source>
        <translation>Einen &amp;Tag weiter</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="58"/>
        <source>Advance the game clock by one day</source>
        <translation>Die Spieluhr um einen Tag vorstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="65"/>
        <source>Play or pause</source>
        <translation>Starten oder anhalten</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="70"/>
        <source>Advance one day</source>
        <translation>Einen Tag weiter</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="74"/>
        <source>Clock speed</source>
        <translation>Uhrgeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="75"/>
        <source>Game days per second while playing</source>
        <translation>Spieltage pro Sekunde während die Uhr läuft</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="77"/>
        <source>1 day/s</source>
        <translation>1 Tag/s</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="77"/>
        <source>%1 days/s</source>
        <translation>%1 Tage/s</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="152"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="187"/>
        <source>Game Clock Stopped</source>
        <translation>Spieluhr angehalten</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GameClockWidget.cpp" line="188"/>
        <source>The clock could not advance: %1</source>
        <translation>Die Uhr konnte nicht weiterlaufen: %1</translation>
    </message>
</context>
<context>
    <name>mm::GoalSeek</name>
    <message>
        <location filename="../src/core/GoalSeek.cpp" line="21"/>
        <source>there is no parameter &apos;%1&apos;</source>
        <translation>es gibt keinen Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/GoalSeek.cpp" line="29"/>
        <source>the forecasts allowed must be between 3 and 100</source>
        <translation>die Anzahl zulässiger Prognosen muss zwischen 3 und 100 liegen</translation>
    </message>
    <message>
        <location filename="../src/core/GoalSeek.cpp" line="66"/>
        <source>%1 = %2 is not a valid economy: %3</source>
        <translation>%1 = %2 ergibt keine gültige Wirtschaft: %3</translation>
    </message>
    <message>
        <location filename="../src/core/GoalSeek.cpp" line="75"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/GoalSeek.cpp" line="110"/>
        <source>The target %1 is out of reach between %2 and %3: %4 goes from %5 to %6 there. Widen the range or choose another parameter.</source>
        <translation>Der Zielwert %1 ist zwischen %2 und %3 nicht erreichbar: %4 reicht dort von %5 bis %6. Erweitern Sie den Bereich oder wählen Sie einen anderen Parameter.</translation>
    </message>
    <message>
        <location filename="../src/core/GoalSeek.cpp" line="155"/>
        <source>%1 = %2 gives %3 %4 (target %5 ± %6) after %7 forecasts.</source>
        <translation>%1 = %2 ergibt %3 %4 (Ziel %5 ± %6) nach %7 Prognosen.</translation>
    </message>
    <message>
        <location filename="../src/core/GoalSeek.cpp" line="159"/>
        <source>No value within %1 forecasts reaches %2 ± %3; the closest is %4 = %5, giving %6.</source>
        <translation>Kein Wert erreicht innerhalb von %1 Prognosen %2 ± %3; am nächsten kommt %4 = %5 mit %6.</translation>
    </message>
</context>
<context>
    <name>mm::GoalSeekDialog</name>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="28"/>
        <source>Goal Seek in %1</source>
        <translation>Zielwertsuche in %1</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="29"/>
        <source>Goal Seek on the Stored Economy</source>
        <translation>Zielwertsuche in der gespeicherten Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="43"/>
        <source>dollars 1234.56, percent 55, or months 12</source>
        <translation>Dollar 1234.56, Prozent 55 oder Monate 12</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="46"/>
        <source>half the current value</source>
        <translation>die Hälfte des aktuellen Werts</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="49"/>
        <source>one and a half times the current value</source>
        <translation>das Anderthalbfache des aktuellen Werts</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="50"/>
        <source>&amp;Seek</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="51"/>
        <source>Each step is a forecast with the same seed; at most 12.</source>
        <translation>Jeder Schritt ist eine Prognose mit demselben Seed; höchstens 12.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="58"/>
        <source>Value tried</source>
        <translation>Getesteter Wert</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="58"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="65"/>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="66"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="67"/>
        <source>&amp;Target:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="68"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="69"/>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="71"/>
        <source>&amp;Apply to Scenario</source>
        <translation>Auf Szenario &amp;anwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="75"/>
        <source>Write the value found into %1 (one undo step)</source>
        <translation>Den gefundenen Wert in %1 schreiben (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="76"/>
        <source>Choose a scenario in the Scenarios area to apply to</source>
        <translation>Wählen Sie im Bereich „Szenarien“ ein Szenario, auf das angewendet werden soll</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="127"/>
        <source>Target: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="144"/>
        <source>Seeking…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="158"/>
        <source>Goal seek</source>
        <translation>Die Zielwertsuche</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="168"/>
        <source>Not reached. </source>
        <translation>Nicht erreicht. </translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="169"/>
        <source>
Band at that value: p10 %1, p50 %2, p90 %3.</source>
        <translation>
Band bei diesem Wert: p10 %1, p50 %2, p90 %3.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="186"/>
        <source>set %1 to %2 in %3 (goal seek)</source>
        <translation>%1 in %3 auf %2 setzen (Zielwertsuche)</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/GoalSeekDialog.cpp" line="194"/>
        <source>
Applied to %1.</source>
        <translation>
Auf %1 angewendet.</translation>
    </message>
</context>
<context>
    <name>mm::GuiApp</name>
    <message>
        <location filename="../src/ui/shell/GuiApp.cpp" line="106"/>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GuiApp.cpp" line="107"/>
        <source>ModelMarket cannot open %1.</source>
        <translation>ModelMarket kann %1 nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GuiApp.cpp" line="110"/>
        <source>Open Another…</source>
        <translation>Andere öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GuiApp.cpp" line="118"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/GuiApp.cpp" line="119"/>
        <source>ModelMarket databases (*.sqlite *.db);;All files (*)</source>
        <translation>ModelMarket-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mm::IntegrityCheck</name>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="27"/>
        <source>license fee outside the price range it was sold under</source>
        <translation>Lizenzgebühr außerhalb der Preisspanne, zu der sie verkauft wurde</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="32"/>
        <source>usage charge that is not calls × the license&apos;s rate</source>
        <translation>Nutzungsgebühr, die nicht Aufrufe × Tarif der Lizenz entspricht</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="36"/>
        <source>usage charged before the license was sold</source>
        <translation>Nutzung abgerechnet, bevor die Lizenz verkauft wurde</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="40"/>
        <source>license sold in a tier different from its terms</source>
        <translation>Lizenz in einer anderen Lizenzstufe verkauft, als ihre Bedingungen angeben</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="43"/>
        <source>license that expires before it was sold</source>
        <translation>Lizenz, die abläuft, bevor sie verkauft wurde</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="45"/>
        <source>listing of a model that is not trained</source>
        <translation>Angebot eines Modells, das nicht trainiert ist</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="48"/>
        <source>trained model without quality metrics</source>
        <translation>trainiertes Modell ohne Qualitätsmesswerte</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="53"/>
        <source>listing priced outside its tier&apos;s current range</source>
        <translation>Angebot mit Preis außerhalb der aktuellen Spanne seiner Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="57"/>
        <source>model that belongs to no lab</source>
        <translation>Modell, das zu keinem Labor gehört</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="62"/>
        <source>training job with more progress than its schedule</source>
        <translation>Trainingsauftrag mit mehr Fortschritt als geplant</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="71"/>
        <source>economy config: %1</source>
        <translation>Wirtschaftskonfiguration: %1</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="88"/>
        <source>checking: %1</source>
        <translation>Prüfen: %1</translation>
    </message>
    <message>
        <location filename="../src/data/IntegrityCheck.cpp" line="99"/>
        <source>%1: %2 row(s) in %3, e.g. id %4</source>
        <translation>%1: %2 Zeile(n) in %3, z. B. ID %4</translation>
    </message>
</context>
<context>
    <name>mm::JobRepository</name>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="25"/>
        <source>training job %1</source>
        <translation>Trainingsauftrag %1</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="85"/>
        <source>a training job needs the name of the model it trains</source>
        <translation>ein Trainingsauftrag braucht den Namen des Modells, das er trainiert</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="88"/>
        <source>the parameter count must be positive</source>
        <translation>die Parameteranzahl muss positiv sein</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="91"/>
        <source>the dataset size cannot be negative</source>
        <translation>die Datensatzgröße darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="94"/>
        <source>a training job needs a GPU type and at least one GPU</source>
        <translation>ein Trainingsauftrag braucht einen GPU-Typ und mindestens eine GPU</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="97"/>
        <source>research points cannot be negative</source>
        <translation>Forschungspunkte dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="101"/>
        <source>costs cannot be negative</source>
        <translation>Kosten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="104"/>
        <source>the estimated duration must be positive and the progress not negative</source>
        <translation>die geschätzte Dauer muss positiv und der Fortschritt darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="107"/>
        <source>the queue date is missing</source>
        <translation>das Einreihungsdatum fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="110"/>
        <source>a job cannot start or finish before it was queued</source>
        <translation>ein Auftrag kann nicht vor seiner Einreihung beginnen oder enden</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="147"/>
        <location filename="../src/data/JobRepository.cpp" line="150"/>
        <source>queuing the training of &apos;%1&apos;</source>
        <translation>Einreihen des Trainings von &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="162"/>
        <source>saving training jobs</source>
        <translation>Speichern der Trainingsaufträge</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="177"/>
        <source>saving the training job of &apos;%1&apos;</source>
        <translation>Speichern des Trainingsauftrags von &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="181"/>
        <source>there is no such training job</source>
        <translation>dieser Trainingsauftrag existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="204"/>
        <source>reading training job %1</source>
        <translation>Lesen von Trainingsauftrag %1</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="214"/>
        <source>reading training jobs</source>
        <translation>Lesen der Trainingsaufträge</translation>
    </message>
    <message>
        <location filename="../src/data/JobRepository.cpp" line="220"/>
        <source>reading %1 training jobs</source>
        <translation>Lesen der Trainingsaufträge mit Status „%1“</translation>
    </message>
</context>
<context>
    <name>mm::JobTableModel</name>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="113"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="125"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="129"/>
        <location filename="../src/models/JobTableModel.cpp" line="131"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="175"/>
        <source>Double-click to show the model in the catalog</source>
        <translation>Doppelklicken, um das Modell im Katalog anzuzeigen</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="196"/>
        <source>Game days the job has trained (pauses and waiting not counted)</source>
        <translation>Spieltage, die der Auftrag trainiert hat (Pausen und Wartezeit nicht mitgezählt)</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="198"/>
        <source>Game days of training still planned</source>
        <translation>Noch geplante Trainingstage (Spieltage)</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="200"/>
        <source>The estimated total cost when the job was queued</source>
        <translation>Die geschätzten Gesamtkosten zum Zeitpunkt der Einreihung</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="209"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="211"/>
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="213"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="215"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="217"/>
        <source>Elapsed (days)</source>
        <translation>Vergangen (Tage)</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="219"/>
        <source>Remaining (days)</source>
        <translation>Verbleibend (Tage)</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="221"/>
        <source>Cost so far</source>
        <translation>Bisherige Kosten</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="223"/>
        <source>Estimated total</source>
        <translation>Geschätzt gesamt</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="225"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../src/models/JobTableModel.cpp" line="227"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>mm::LicenseCorrections</name>
    <message>
        <location filename="../src/data/LicenseCorrections.cpp" line="20"/>
        <source>license %1</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseCorrections.cpp" line="28"/>
        <source>counting the usage charges of license %1</source>
        <translation>Zählen der Nutzungsgebühren von Lizenz %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseCorrections.cpp" line="35"/>
        <source>removing license %1</source>
        <translation>Entfernen von Lizenz %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/data/LicenseCorrections.cpp" line="43"/>
        <source>usage has been charged for %n month(s) since the sale; revoke the license instead</source>
        <translation>
            <numerusform>seit dem Verkauf wurde für %n Monat Nutzung abgerechnet; widerrufen Sie die Lizenz stattdessen</numerusform>
            <numerusform>seit dem Verkauf wurde für %n Monate Nutzung abgerechnet; widerrufen Sie die Lizenz stattdessen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/data/LicenseCorrections.cpp" line="52"/>
        <location filename="../src/data/LicenseCorrections.cpp" line="70"/>
        <source>there is no such license</source>
        <translation>diese Lizenz existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseCorrections.cpp" line="60"/>
        <source>restoring the status of license %1</source>
        <translation>Wiederherstellen des Status von Lizenz %1</translation>
    </message>
</context>
<context>
    <name>mm::LicensePolicy</name>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="26"/>
        <source>this request is for another tier</source>
        <translation>diese Anfrage gilt für eine andere Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="29"/>
        <source>the model is not listed in the %1 tier</source>
        <translation>das Modell wird in der Lizenzstufe %1 nicht angeboten</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="32"/>
        <source>%1 licenses are not sold to buyers of type %2</source>
        <translation>Lizenzen der Stufe %1 werden nicht an Käufer vom Typ „%2“ verkauft</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="36"/>
        <source>%1 licenses are for research use only</source>
        <translation>Lizenzen der Stufe %1 sind nur für die wissenschaftliche Nutzung bestimmt</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="39"/>
        <source>%1 licenses are for %2 use only</source>
        <translation>Lizenzen der Stufe %1 sind nur für die Nutzung „%2“ bestimmt</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="44"/>
        <source>%1 licenses need a buyer with at least %2 employees; this one has %3</source>
        <translation>Lizenzen der Stufe %1 erfordern einen Käufer mit mindestens %2 Beschäftigten; dieser hat %3</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="49"/>
        <source>a license needs at least one deployment</source>
        <translation>eine Lizenz braucht mindestens eine Bereitstellung</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="53"/>
        <source>%1 licenses are sold with unlimited deployments only</source>
        <translation>Lizenzen der Stufe %1 werden nur mit unbegrenzten Bereitstellungen verkauft</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="57"/>
        <source>%1 licenses allow at most %2 deployments</source>
        <translation>Lizenzen der Stufe %1 erlauben höchstens %2 Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="62"/>
        <source>the price %1 is below the %2 floor of %3</source>
        <translation>der Preis %1 liegt unter dem Mindestpreis der Stufe %2 von %3</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="67"/>
        <source>the price %1 is above the %2 ceiling of %3</source>
        <translation>der Preis %1 liegt über dem Höchstpreis der Stufe %2 von %3</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="73"/>
        <source>%1 licenses require the buyer to give attribution</source>
        <translation>Lizenzen der Stufe %1 verpflichten den Käufer zur Namensnennung</translation>
    </message>
    <message>
        <location filename="../src/core/LicensePolicy.cpp" line="76"/>
        <source>the buyer&apos;s budget of %1 does not cover the fee of %2</source>
        <translation>das Budget des Käufers von %1 deckt die Gebühr von %2 nicht</translation>
    </message>
</context>
<context>
    <name>mm::LicenseQuery</name>
    <message>
        <location filename="../src/models/LicenseQuery.cpp" line="148"/>
        <source>reading licenses</source>
        <translation>Lesen der Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseQuery.cpp" line="168"/>
        <source>counting licenses</source>
        <translation>Zählen der Lizenzen</translation>
    </message>
</context>
<context>
    <name>mm::LicenseRepository</name>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="140"/>
        <source>dates after 31 December 9999 cannot be stored</source>
        <translation>Daten nach dem 31. Dezember 9999 können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="108"/>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="39"/>
        <source>license %1</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="110"/>
        <source>a license needs a model and a buyer</source>
        <translation>eine Lizenz braucht ein Modell und einen Käufer</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="113"/>
        <source>the sale date is missing</source>
        <translation>das Verkaufsdatum fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="115"/>
        <source>the fee cannot be negative</source>
        <translation>die Gebühr darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="118"/>
        <source>a license allows at least one deployment, or unlimited</source>
        <translation>eine Lizenz erlaubt mindestens eine Bereitstellung oder unbegrenzt viele</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="121"/>
        <source>the monthly API calls cannot be negative</source>
        <translation>die monatlichen API-Aufrufe dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="124"/>
        <source>the usage rate cannot be negative</source>
        <translation>der Nutzungstarif darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="127"/>
        <source>the term cannot be negative</source>
        <translation>die Laufzeit darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="130"/>
        <source>the expiry date must be on or after the sale date</source>
        <translation>das Ablaufdatum darf nicht vor dem Verkaufsdatum liegen</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="133"/>
        <source>the revocation date must be on or after the sale date</source>
        <translation>das Widerrufsdatum darf nicht vor dem Verkaufsdatum liegen</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="143"/>
        <source>a revoked license must say why it was revoked</source>
        <translation>bei einer widerrufenen Lizenz muss der Grund des Widerrufs angegeben sein</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="151"/>
        <location filename="../src/data/LicenseRepository.cpp" line="364"/>
        <source>&apos;%1&apos; is not a month (yyyy-MM)</source>
        <translation>&apos;%1&apos; ist kein Monat (yyyy-MM)</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="154"/>
        <source>API calls cannot be negative</source>
        <translation>API-Aufrufe dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="157"/>
        <source>a usage charge cannot be negative</source>
        <translation>eine Nutzungsgebühr darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="171"/>
        <source>adding licenses</source>
        <translation>Hinzufügen von Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="224"/>
        <source>reading license %1</source>
        <translation>Lesen von Lizenz %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="246"/>
        <source>reading the licenses of model %1</source>
        <translation>Lesen der Lizenzen von Modell %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="251"/>
        <source>reading the licenses of buyer %1</source>
        <translation>Lesen der Lizenzen von Käufer %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="256"/>
        <source>counting licenses</source>
        <translation>Zählen der Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="266"/>
        <source>say why the license is revoked</source>
        <translation>geben Sie an, warum die Lizenz widerrufen wird</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="269"/>
        <source>the revocation date is missing</source>
        <translation>das Widerrufsdatum fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="272"/>
        <source>revoking license %1</source>
        <translation>Widerrufen von Lizenz %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="280"/>
        <source>there is no such license</source>
        <translation>diese Lizenz existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="284"/>
        <source>the license was already revoked on %1 (%2)</source>
        <translation>die Lizenz wurde bereits am %1 widerrufen (%2)</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="286"/>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="290"/>
        <source>a license cannot be revoked before it was sold (%1)</source>
        <translation>eine Lizenz kann nicht vor ihrem Verkauf widerrufen werden (%1)</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="307"/>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="307"/>
        <source>license terms</source>
        <translation>Lizenzbedingungen</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="310"/>
        <source>applying license terms as of %1</source>
        <translation>Anwenden der Lizenzbedingungen zum %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="365"/>
        <source>usage charges</source>
        <translation>Nutzungsgebühren</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="367"/>
        <source>charging usage for %1</source>
        <translation>Abrechnen der Nutzung für %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="398"/>
        <source>reading the usage charges of license %1</source>
        <translation>Lesen der Nutzungsgebühren von Lizenz %1</translation>
    </message>
    <message>
        <location filename="../src/data/LicenseRepository.cpp" line="408"/>
        <source>adding usage charges</source>
        <translation>Hinzufügen von Nutzungsgebühren</translation>
    </message>
</context>
<context>
    <name>mm::LicenseTableModel</name>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="42"/>
        <source>Revoked on %1: %2</source>
        <translation>Widerrufen am %1: %2</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="44"/>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="47"/>
        <source>%1 use</source>
        <translation>Nutzung: %1</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="66"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="75"/>
        <source>Perpetual</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="85"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="87"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="89"/>
        <source>Tier</source>
        <translation>Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="91"/>
        <source>Sold on</source>
        <translation>Verkauft am</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="93"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="95"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="97"/>
        <source>Calls / month</source>
        <translation>Aufrufe/Monat</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="99"/>
        <source>Usage to date</source>
        <translation>Bisherige Nutzung</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/models/LicenseTableModel.cpp" line="103"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>mm::LicensesArea</name>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="51"/>
        <source>Revoke License</source>
        <translation>Lizenz widerrufen</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="53"/>
        <source>Revoke the %1 license of &apos;%2&apos; held by &apos;%3&apos;? The license stays in the sales history, marked revoked on the game date, and usage stops being charged.</source>
        <translation>Die Lizenz der Stufe %1 für &apos;%2&apos; im Besitz von &apos;%3&apos; widerrufen? Die Lizenz bleibt in der Verkaufshistorie, wird zum Spieldatum als widerrufen markiert, und es wird keine Nutzung mehr abgerechnet.</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="62"/>
        <source>Reason for revoking</source>
        <translation>Grund für den Widerruf</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="63"/>
        <source>Why is it revoked? (required)</source>
        <translation>Warum wird sie widerrufen? (erforderlich)</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="64"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="67"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="88"/>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="223"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="120"/>
        <source>The licenses could not be read: %1</source>
        <translation>Die Lizenzen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="132"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="132"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="133"/>
        <source>Revoke the selected license, with a reason</source>
        <translation>Die ausgewählte Lizenz mit Begründung widerrufen</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="135"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="135"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="136"/>
        <source>Write every license matching the filters to a CSV file</source>
        <translation>Alle Lizenzen, die den Filtern entsprechen, in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="137"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="138"/>
        <source>Read the licenses again</source>
        <translation>Die Lizenzen neu einlesen</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="150"/>
        <source>Model name filter</source>
        <translation>Filter nach Modellname</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="151"/>
        <source>Model name…</source>
        <translation>Modellname…</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="153"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="158"/>
        <source>Buyer name filter</source>
        <translation>Filter nach Käufername</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="159"/>
        <source>Buyer name…</source>
        <translation>Käufername…</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="161"/>
        <source>&amp;Buyer:</source>
        <translation>&amp;Käufer:</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="166"/>
        <source>Tier filter</source>
        <translation>Filter nach Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="167"/>
        <source>Any tier</source>
        <translation>Alle Lizenzstufen</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="170"/>
        <source>T&amp;ier:</source>
        <translation>Lizenz&amp;stufe:</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="175"/>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="176"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="179"/>
        <source>S&amp;tatus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="182"/>
        <source>&amp;Sold from</source>
        <translation>&amp;Verkauft von</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="186"/>
        <source>Sold on or after</source>
        <translation>Verkauft am oder nach</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="190"/>
        <source>Sold on or before</source>
        <translation>Verkauft am oder vor</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="202"/>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="239"/>
        <source>Perpetual</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="292"/>
        <source>The date range is empty: %1 is after %2.</source>
        <translation>Der Datumsbereich ist leer: %1 liegt nach %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="310"/>
        <source>Showing %1 of %2 licenses</source>
        <translation>%1 von %2 Lizenzen angezeigt</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="311"/>
        <source>Licenses: %1</source>
        <translation>Lizenzen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="313"/>
        <source> (loading…)</source>
        <translation> (wird geladen…)</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="342"/>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="359"/>
        <source>Select a license to revoke.</source>
        <translation>Wählen Sie eine Lizenz zum Widerrufen aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="363"/>
        <source>Not revoked: say why the license is revoked.</source>
        <translation>Nicht widerrufen: Geben Sie an, warum die Lizenz widerrufen wird.</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="369"/>
        <source>Not revoked: %1</source>
        <translation>Nicht widerrufen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="378"/>
        <source>Export Licenses</source>
        <translation>Lizenzen exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="378"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="383"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="386"/>
        <source>Licenses exported to %1</source>
        <translation>Lizenzen nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="393"/>
        <source>Exporting licenses…</source>
        <translation>Lizenzen werden exportiert…</translation>
    </message>
    <message>
        <location filename="../src/ui/licenses/LicensesArea.cpp" line="413"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>mm::ListingDialog</name>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="65"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="87"/>
        <source>%1 price</source>
        <translation>Preis %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="113"/>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="123"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="135"/>
        <source>No model is completed yet; train one first.</source>
        <translation>Noch kein Modell ist abgeschlossen; trainieren Sie zuerst eines.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="153"/>
        <source>There is no model with id %1.</source>
        <translation>Es gibt kein Modell mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="160"/>
        <source>List Model — %1</source>
        <translation>Modell anbieten — %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="162"/>
        <source>%1 — %2 %3, quality %4, %5</source>
        <translation>%1 — %2 %3, Qualität %4, %5</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="164"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="171"/>
        <source>&apos;%1&apos; cannot be listed: only a completed model can be offered for sale, and it is %2.</source>
        <translation>&apos;%1&apos; kann nicht angeboten werden: Nur ein abgeschlossenes Modell kann zum Verkauf angeboten werden, dieses hat den Status „%2“.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="193"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="200"/>
        <source>%1 · listed since %2</source>
        <translation>%1 · angeboten seit %2</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="206"/>
        <source>%1 · recommended %2</source>
        <translation>%1 · empfohlen %2</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="244"/>
        <source>%1 price: %2</source>
        <translation>Preis %1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="249"/>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="261"/>
        <source>change the listings of &apos;%1&apos;</source>
        <translation>Angebote von &apos;%1&apos; ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="262"/>
        <source>list &apos;%1&apos;</source>
        <translation>&apos;%1&apos; anbieten</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/ListingDialog.cpp" line="264"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>mm::ListingQuery</name>
    <message>
        <location filename="../src/models/ListingQuery.cpp" line="155"/>
        <source>reading the marketplace listings</source>
        <translation>Lesen der Marktplatzangebote</translation>
    </message>
    <message>
        <location filename="../src/models/ListingQuery.cpp" line="176"/>
        <source>counting the marketplace listings</source>
        <translation>Zählen der Marktplatzangebote</translation>
    </message>
</context>
<context>
    <name>mm::ListingRepository</name>
    <message>
        <location filename="../src/data/ListingRepository.cpp" line="37"/>
        <source>a listing price cannot be negative</source>
        <translation>ein Angebotspreis darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/ListingRepository.cpp" line="40"/>
        <source>the listing date is missing</source>
        <translation>das Angebotsdatum fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/ListingRepository.cpp" line="47"/>
        <source>listing model %1 in tier %2</source>
        <translation>Anbieten von Modell %1 in Lizenzstufe %2</translation>
    </message>
    <message>
        <location filename="../src/data/ListingRepository.cpp" line="54"/>
        <source>the listing was not saved</source>
        <translation>das Angebot wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../src/data/ListingRepository.cpp" line="63"/>
        <source>removing the %1 listing of model %2</source>
        <translation>Entfernen des Angebots von Modell %2 in Lizenzstufe %1</translation>
    </message>
    <message>
        <location filename="../src/data/ListingRepository.cpp" line="71"/>
        <source>reading the listings of model %1</source>
        <translation>Lesen der Angebote von Modell %1</translation>
    </message>
    <message>
        <location filename="../src/data/ListingRepository.cpp" line="87"/>
        <source>reading the %1 listing of model %2</source>
        <translation>Lesen des Angebots von Modell %2 in Lizenzstufe %1</translation>
    </message>
</context>
<context>
    <name>mm::ListingTableModel</name>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="23"/>
        <source>∞ (free)</source>
        <translation>∞ (kostenlos)</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="50"/>
        <source>%1 (%2), listed on %3</source>
        <translation>%1 (%2), angeboten am %3</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="66"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="90"/>
        <source>Composite quality, 0 to 100</source>
        <translation>Gesamtqualität, 0 bis 100</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="92"/>
        <source>Value for money: composite quality points per $1,000 of list price. Free listings are infinitely good value.</source>
        <translation>Preis-Leistung: Gesamtqualitätspunkte pro 1.000 $ Listenpreis. Kostenlose Angebote haben ein unendlich gutes Preis-Leistungs-Verhältnis.</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="95"/>
        <source>License fees plus usage charges of this model in this tier</source>
        <translation>Lizenzgebühren plus Nutzungsgebühren dieses Modells in dieser Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="104"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="106"/>
        <source>Tier</source>
        <translation>Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="108"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="110"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="112"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="114"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="116"/>
        <source>Quality per $1k</source>
        <translation>Qualität pro 1.000 $</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="118"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/models/ListingTableModel.cpp" line="120"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>mm::MainWindow</name>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="196"/>
        <source>Loaded the changes another program saved to this file</source>
        <translation>Änderungen, die ein anderes Programm in dieser Datei gespeichert hat, wurden geladen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="453"/>
        <source>&amp;Reload from File</source>
        <translation>Aus Datei &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="453"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="457"/>
        <source>Reloaded everything from the file</source>
        <translation>Alles wurde neu aus der Datei geladen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="75"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="232"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="77"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="248"/>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="79"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="247"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="128"/>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="182"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="185"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="188"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="202"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="319"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="328"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="218"/>
        <source>The database is read-only: changes cannot be saved.</source>
        <translation>Die Datenbank ist schreibgeschützt: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="105"/>
        <source>Checking every page of the file… editing is available when the check passes</source>
        <translation>Alle Seiten der Datei werden geprüft … Bearbeiten ist möglich, sobald die Prüfung bestanden ist</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="107"/>
        <source>ModelMarket reads every page of this large file to make sure it is not damaged before anything is written to it. Browsing, reports and forecasts work meanwhile; editing, imports and the game clock wait for the check to pass.</source>
        <translation>ModelMarket liest jede Seite dieser großen Datei, um sicherzugehen, dass sie nicht beschädigt ist, bevor etwas in sie geschrieben wird. Blättern, Berichte und Prognosen funktionieren währenddessen; Bearbeiten, Importe und die Spieluhr warten, bis die Prüfung bestanden ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="195"/>
        <source>Loaded the changes another designer or program saved to the server</source>
        <translation>Die Änderungen geladen, die eine andere Designerin, ein anderer Designer oder ein anderes Programm auf dem Server gespeichert hat</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="222"/>
        <source>Connected to %1. Your login may only read this database: browsing, reports and forecasts work, changes are refused.</source>
        <translation>Verbunden mit %1. Ihre Anmeldung darf diese Datenbank nur lesen: Durchsehen, Berichte und Prognosen funktionieren, Änderungen werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="225"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="234"/>
        <source>%L1 models</source>
        <translation>%L1 Modelle</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="236"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="240"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="245"/>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="246"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="249"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="250"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="252"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="260"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="482"/>
        <source>Game clock</source>
        <translation>Spieluhr</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="267"/>
        <source>Check &amp;Balance</source>
        <translation>&amp;Balance prüfen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="269"/>
        <source>Forecast and measure every balance rule</source>
        <translation>Prognose berechnen und jede Balance-Regel messen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="304"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="305"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="307"/>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="308"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="309"/>
        <source>Save &amp;As Copy…</source>
        <translation>Als &amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="310"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="311"/>
        <source>&amp;Upload to Server…</source>
        <translation>Auf Server &amp;hochladen…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="313"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="313"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="338"/>
        <source>Stop &amp;Waiting</source>
        <translation>&amp;Warten beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="344"/>
        <source>Give up the changes waiting for another program to finish writing to this file (Esc)</source>
        <translation>Die Änderungen aufgeben, die darauf warten, dass ein anderes Programm das Schreiben in diese Datei beendet (Esc)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="349"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="352"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="355"/>
        <source>Paste as &amp;New Rows</source>
        <translation>Als &amp;neue Zeilen einfügen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="356"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="359"/>
        <source>Fill &amp;Down</source>
        <translation>Nach &amp;unten ausfüllen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="359"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="362"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="365"/>
        <source>&amp;Insert Row</source>
        <translation>Zeile e&amp;infügen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="365"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="368"/>
        <source>D&amp;uplicate Rows</source>
        <translation>Zeilen &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="369"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="372"/>
        <source>Delete &amp;Rows</source>
        <translation>&amp;Zeilen löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="372"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="375"/>
        <source>Pr&amp;eferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="376"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="378"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="381"/>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="386"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="390"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="395"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="396"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="400"/>
        <source>%1 from CSV…</source>
        <translation>%1 aus CSV…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="403"/>
        <source>%1 as CSV…</source>
        <translation>%1 als CSV…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="408"/>
        <source>Whole Economy from JSON…</source>
        <translation>Gesamte Wirtschaft aus JSON…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="410"/>
        <source>Whole Economy as JSON…</source>
        <translation>Gesamte Wirtschaft als JSON…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="411"/>
        <source>&amp;Compare with Economy…</source>
        <translation>Mit Wirtschaft &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="419"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="431"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="434"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="439"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="446"/>
        <source>Next Area</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="462"/>
        <source>&amp;Game</source>
        <translation>&amp;Spiel</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="463"/>
        <source>Market &amp;Parameters…</source>
        <translation>Markt&amp;parameter…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="465"/>
        <source>How each type of buyer decides, month by month</source>
        <translation>Wie jede Käuferart Monat für Monat entscheidet</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="472"/>
        <source>Play the &amp;Market on the Clock</source>
        <translation>&amp;Markt mit der Spieluhr simulieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="475"/>
        <source>As months pass, buyers buy and renew licenses and rival labs release models</source>
        <translation>Im Lauf der Monate kaufen und verlängern Käufer Lizenzen, und konkurrierende Labore veröffentlichen Modelle</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="485"/>
        <source>The game clock now plays the market.</source>
        <translation>Die Spieluhr simuliert jetzt den Markt.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="486"/>
        <source>The game clock no longer plays the market.</source>
        <translation>Die Spieluhr simuliert den Markt nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="488"/>
        <source>Game Clock</source>
        <translation>Spieluhr</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="493"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="494"/>
        <source>&amp;About ModelMarket</source>
        <translation>&amp;Über ModelMarket</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="496"/>
        <source>About ModelMarket</source>
        <translation>Über ModelMarket</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="497"/>
        <source>&lt;h3&gt;ModelMarket %1&lt;/h3&gt;&lt;p&gt;Design and tune the AI-model economy of a business-simulation game.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ModelMarket %1&lt;/h3&gt;&lt;p&gt;Entwerfen und optimieren Sie die KI-Modell-Wirtschaft einer Wirtschaftssimulation.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="527"/>
        <source>%1 — ModelMarket</source>
        <translation>%1 — ModelMarket</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="535"/>
        <source>A server database is read afresh by every view; there is no file to reload</source>
        <translation>Eine Serverdatenbank liest jede Ansicht neu; es gibt keine Datei zum Neuladen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="570"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="577"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="584"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="589"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="578"/>
        <source>%1 already exists; New never overwrites a file. Use Open instead.</source>
        <translation>%1 existiert bereits; „Neu“ überschreibt nie eine Datei. Verwenden Sie stattdessen „Öffnen“.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="597"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="643"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="673"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="723"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="727"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="740"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="649"/>
        <source>Every page of the file was checked: editing is available.</source>
        <translation>Alle Seiten der Datei wurden geprüft: Bearbeiten ist jetzt möglich.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="728"/>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="745"/>
        <source>The folder %1 does not exist. Check its name, or create it first; nothing was opened or created.</source>
        <translation>Der Ordner %1 existiert nicht. Prüfen Sie den Namen oder legen Sie ihn zuerst an; es wurde nichts geöffnet oder angelegt.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="752"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="769"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="777"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="785"/>
        <source>Save As Copy</source>
        <translation>Als Kopie speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="777"/>
        <source>Choose another file than the open database.</source>
        <translation>Wählen Sie eine andere Datei als die geöffnete Datenbank.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="761"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="781"/>
        <source>Saving a copy…</source>
        <translation>Kopie wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="771"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="787"/>
        <source>Saved a copy to %1</source>
        <translation>Kopie unter %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="793"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="794"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="801"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="821"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="829"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="831"/>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="832"/>
        <source>%1 has problems; nothing was imported.</source>
        <translation>%1 enthält Fehler; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="847"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="848"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="852"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="868"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="870"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="876"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="880"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="898"/>
        <source>Import Economy</source>
        <translation>Wirtschaft importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="876"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="910"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="881"/>
        <source>Importing replaces every model, buyer, listing, license and job in %1. This cannot be undone. Continue?</source>
        <translation>Der Import ersetzt alle Modelle, Käufer, Angebote, Lizenzen und Aufträge in %1. Dies kann nicht rückgängig gemacht werden. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="888"/>
        <source>Importing the economy…</source>
        <translation>Wirtschaft wird importiert…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="904"/>
        <source>Imported the economy from %1</source>
        <translation>Wirtschaft aus %1 importiert</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="910"/>
        <location filename="../src/ui/shell/MainWindow.cpp" line="929"/>
        <source>Export Economy</source>
        <translation>Wirtschaft exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="914"/>
        <source>Exporting the economy…</source>
        <translation>Wirtschaft wird exportiert…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindow.cpp" line="931"/>
        <source>Exported the economy to %1</source>
        <translation>Wirtschaft nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="19"/>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="32"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="41"/>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="48"/>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="69"/>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="75"/>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="77"/>
        <source>Upload to Server</source>
        <translation>Auf Server hochladen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="49"/>
        <source>%1 is the database open in this window; choose another one.</source>
        <translation>%1 ist die in diesem Fenster geöffnete Datenbank; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="56"/>
        <source>Uploading the economy to %1…</source>
        <translation>Die Wirtschaft wird auf %1 hochgeladen…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="70"/>
        <source>%1 already holds an economy. Replace it with this one? Everyone using that database sees the change; it cannot be undone.</source>
        <translation>%1 enthält bereits eine Wirtschaft. Durch diese ersetzen? Alle, die diese Datenbank nutzen, sehen die Änderung; sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="78"/>
        <source>The economy is on %1 now. Open the server copy in this window?</source>
        <translation>Die Wirtschaft liegt jetzt auf %1. Die Serverkopie in diesem Fenster öffnen?</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/MainWindowServer.cpp" line="84"/>
        <source>Uploaded the economy to %1</source>
        <translation>Die Wirtschaft wurde auf %1 hochgeladen</translation>
    </message>
</context>
<context>
    <name>mm::MarketCommands</name>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="35"/>
        <source>the model was deleted meanwhile</source>
        <translation>das Modell wurde zwischenzeitlich gelöscht</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="59"/>
        <source>license %1 was deleted meanwhile</source>
        <translation>Lizenz %1 wurde zwischenzeitlich gelöscht</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="68"/>
        <source>buyer %1 was deleted meanwhile</source>
        <translation>Käufer %1 wurde zwischenzeitlich gelöscht</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="98"/>
        <source>edit the %1 tier policy</source>
        <translation>Regeln der Lizenzstufe %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="99"/>
        <source>edit the %1 tier policies</source>
        <translation>Regeln der Lizenzstufen %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="114"/>
        <source>the %1 tier was changed meanwhile</source>
        <translation>die Lizenzstufe %1 wurde zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="172"/>
        <source>nothing would change</source>
        <translation>es würde sich nichts ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="189"/>
        <source>the model&apos;s listings were changed meanwhile</source>
        <translation>die Angebote des Modells wurden zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="260"/>
        <source>the license was changed since the sale (its status is now %1)</source>
        <translation>die Lizenz wurde seit dem Verkauf geändert (ihr Status ist jetzt „%1“)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="268"/>
        <source>&apos;%1&apos; was changed since the sale</source>
        <translation>&apos;%1&apos; wurde seit dem Verkauf geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="290"/>
        <source>license %1 exists again</source>
        <translation>Lizenz %1 existiert wieder</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="295"/>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="387"/>
        <source>&apos;%1&apos; was changed meanwhile</source>
        <translation>&apos;%1&apos; wurde zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="300"/>
        <source>the buyer&apos;s budget no longer covers the fee</source>
        <translation>das Budget des Käufers deckt die Gebühr nicht mehr</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="317"/>
        <source>revoke license %1</source>
        <translation>Lizenz %1 widerrufen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="351"/>
        <source>the license was changed meanwhile</source>
        <translation>die Lizenz wurde zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="394"/>
        <source>buyer %1 exists again</source>
        <translation>Käufer %1 existiert wieder</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketCommands.cpp" line="401"/>
        <source>&apos;%1&apos; holds licenses and cannot be deleted; licenses are sales history</source>
        <translation>&apos;%1&apos; besitzt Lizenzen und kann nicht gelöscht werden; Lizenzen sind Verkaufshistorie</translation>
    </message>
</context>
<context>
    <name>mm::MarketParametersDialog</name>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="35"/>
        <source>Chance of needing a license a month</source>
        <translation>Wahrscheinlichkeit, im Monat eine Lizenz zu brauchen</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="37"/>
        <source>Weight of performance</source>
        <translation>Gewicht der Leistung</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="39"/>
        <source>Weight of accuracy</source>
        <translation>Gewicht der Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="41"/>
        <source>Weight of efficiency</source>
        <translation>Gewicht der Effizienz</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="44"/>
        <source>Quality sensitivity (per 10 points)</source>
        <translation>Qualitätsempfindlichkeit (je 10 Punkte)</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="47"/>
        <source>Price sensitivity (per month of budget)</source>
        <translation>Preisempfindlichkeit (je Monatsbudget)</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="49"/>
        <source>Fit of Open Source</source>
        <translation>Eignung von Open Source</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="51"/>
        <source>Fit of Academic</source>
        <translation>Eignung von Akademisch</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="53"/>
        <source>Fit of Commercial</source>
        <translation>Eignung von Kommerziell</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="55"/>
        <source>Fit of Enterprise</source>
        <translation>Eignung von Enterprise</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="57"/>
        <source>Budget added a month ($)</source>
        <translation>Budgetzuwachs pro Monat ($)</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="59"/>
        <source>Budget cap ($)</source>
        <translation>Budgetobergrenze ($)</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="61"/>
        <source>API calls per employee a month</source>
        <translation>API-Aufrufe je Mitarbeiter und Monat</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="99"/>
        <source>edit the market parameters</source>
        <translation>Marktparameter bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="118"/>
        <source>the market parameters were changed meanwhile</source>
        <translation>die Marktparameter wurden inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="133"/>
        <source>Market Parameters</source>
        <translation>Marktparameter</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="134"/>
        <source>How each type of buyer decides every month. A buyer picks the listing with the best value for it, or nothing; the formulas are in the economy documentation.</source>
        <translation>Wie jede Käuferart jeden Monat entscheidet. Ein Käufer wählt das Angebot mit dem für ihn besten Preis-Leistungs-Verhältnis oder nichts; die Formeln stehen in der Dokumentation der Wirtschaft.</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="163"/>
        <source>Appeal of buying &amp;nothing:</source>
        <translation>Reiz, &amp;nichts zu kaufen:</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="164"/>
        <source>&amp;Visibility weight:</source>
        <translation>Gewicht der &amp;Sichtbarkeit:</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="165"/>
        <source>Open Source adoption &amp;counts as:</source>
        <translation>Open-Source-Nutzung &amp;zählt wie:</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="166"/>
        <source>Renewal &amp;loyalty:</source>
        <translation>&amp;Treue bei Verlängerung:</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="167"/>
        <source>Market &amp;seed:</source>
        <translation>Markt-S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="236"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/ui/forecast/MarketParametersDialog.cpp" line="279"/>
        <source>The market seed must be a whole number.</source>
        <translation>Der Markt-Seed muss eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>mm::MarketStore</name>
    <message>
        <location filename="../src/data/MarketStore.cpp" line="27"/>
        <source>the market expected the new %1 to get id %2, but it got %3</source>
        <translation>der Markt erwartete für den neuen Eintrag (%1) die ID %2, erhielt aber %3</translation>
    </message>
    <message>
        <location filename="../src/data/MarketStore.cpp" line="31"/>
        <source>playing the market</source>
        <translation>Simulieren des Marktes</translation>
    </message>
    <message>
        <location filename="../src/data/MarketStore.cpp" line="60"/>
        <location filename="../src/data/MarketStore.cpp" line="242"/>
        <source>reading the market</source>
        <translation>Lesen des Marktes</translation>
    </message>
    <message>
        <location filename="../src/data/MarketStore.cpp" line="259"/>
        <source>playing the market for %1</source>
        <translation>Simulieren des Marktes für %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketStore.cpp" line="276"/>
        <source>storing the market&apos;s month %1</source>
        <translation>Speichern des Marktmonats %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketStore.cpp" line="317"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/data/MarketStore.cpp" line="343"/>
        <source>listing</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../src/data/MarketStore.cpp" line="383"/>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../src/data/MarketStore.cpp" line="392"/>
        <source>closing the month %1</source>
        <translation>Abschließen des Monats %1</translation>
    </message>
</context>
<context>
    <name>mm::MarketplaceArea</name>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="45"/>
        <source>Name (A to Z)</source>
        <translation>Name (A bis Z)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="47"/>
        <source>Price (lowest first)</source>
        <translation>Preis (niedrigster zuerst)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="49"/>
        <source>Price (highest first)</source>
        <translation>Preis (höchster zuerst)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="51"/>
        <source>Quality (best first)</source>
        <translation>Qualität (beste zuerst)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="53"/>
        <source>Value for money (best first)</source>
        <translation>Preis-Leistung (beste zuerst)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="55"/>
        <source>Revenue (highest first)</source>
        <translation>Umsatz (höchster zuerst)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="57"/>
        <source>Licenses sold (most first)</source>
        <translation>Verkaufte Lizenzen (meiste zuerst)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="92"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="119"/>
        <source>The listings could not be read: %1</source>
        <translation>Die Angebote konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="131"/>
        <source>&amp;List Model…</source>
        <translation>Modell an&amp;bieten…</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="131"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="132"/>
        <source>Offer a completed model in license tiers</source>
        <translation>Ein abgeschlossenes Modell in Lizenzstufen anbieten</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="133"/>
        <source>&amp;Sell License…</source>
        <translation>Lizenz &amp;verkaufen…</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="133"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="134"/>
        <source>Sell a license on the selected listing</source>
        <translation>Eine Lizenz für das ausgewählte Angebot verkaufen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="135"/>
        <source>Change &amp;Price…</source>
        <translation>Preis ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="136"/>
        <source>Set a new price for the selected listing</source>
        <translation>Einen neuen Preis für das ausgewählte Angebot festlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="137"/>
        <source>&amp;Unlist</source>
        <translation>Angebot &amp;zurückziehen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="137"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="138"/>
        <source>Withdraw the selected listing from its tier</source>
        <translation>Das ausgewählte Angebot aus seiner Lizenzstufe zurückziehen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="140"/>
        <source>&amp;Tier Policies…</source>
        <translation>Stufen&amp;regeln…</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="140"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="141"/>
        <source>Edit the rules and price ranges of the license tiers</source>
        <translation>Regeln und Preisspannen der Lizenzstufen bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="142"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="143"/>
        <source>Read the listings again</source>
        <translation>Die Angebote neu einlesen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="157"/>
        <source>Change Price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="158"/>
        <source>New %1 price for &apos;%2&apos; (allowed: %3):</source>
        <translation>Neuer Preis in Stufe %1 für &apos;%2&apos; (zulässig: %3):</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="176"/>
        <source>Search models by name</source>
        <translation>Modelle nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="177"/>
        <source>Search models…</source>
        <translation>Modelle suchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="179"/>
        <source>Sear&amp;ch:</source>
        <translation>S&amp;uche:</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="182"/>
        <source>Any tier</source>
        <translation>Alle Lizenzstufen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="183"/>
        <source>Tier filter</source>
        <translation>Filter nach Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="184"/>
        <source>T&amp;ier:</source>
        <translation>Lizenz&amp;stufe:</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="186"/>
        <source>Any size</source>
        <translation>Alle Größen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="187"/>
        <source>Size class filter</source>
        <translation>Filter nach Größenklasse</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="188"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="192"/>
        <source>Any architecture</source>
        <translation>Alle Architekturen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="192"/>
        <source>Architecture filter</source>
        <translation>Filter nach Architektur</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="193"/>
        <source>&amp;Architecture:</source>
        <translation>&amp;Architektur:</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="198"/>
        <source>Minimum quality</source>
        <translation>Mindestqualität</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="202"/>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="209"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="203"/>
        <source>Min &amp;quality:</source>
        <translation>Min. &amp;Qualität:</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="208"/>
        <source>Maximum price</source>
        <translation>Höchstpreis</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="212"/>
        <source>Max &amp;price:</source>
        <translation>Max. &amp;Preis:</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="230"/>
        <source>Sort listings by</source>
        <translation>Angebote sortieren nach</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="233"/>
        <source>S&amp;ort:</source>
        <translation>S&amp;ortierung:</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="238"/>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="344"/>
        <source>Showing %1 of %2 listings</source>
        <translation>%1 von %2 Angeboten angezeigt</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="247"/>
        <source>Listings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="321"/>
        <source>Max price: %1</source>
        <translation>Höchstpreis: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="345"/>
        <source>Listings: %1</source>
        <translation>Angebote: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="347"/>
        <source> (loading…)</source>
        <translation> (wird geladen…)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="411"/>
        <source>Select a listing to sell a license on.</source>
        <translation>Wählen Sie ein Angebot aus, für das eine Lizenz verkauft werden soll.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="417"/>
        <source>License sold (Ctrl+Z takes the sale back)</source>
        <translation>Lizenz verkauft (Strg+Z nimmt den Verkauf zurück)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="424"/>
        <source>Select a listing to change its price.</source>
        <translation>Wählen Sie ein Angebot aus, um seinen Preis zu ändern.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="429"/>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="439"/>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="448"/>
        <source>Price not changed: %1</source>
        <translation>Preis nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="446"/>
        <source>change the %1 price of &apos;%2&apos;</source>
        <translation>Preis von &apos;%2&apos; in Stufe %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="458"/>
        <source>Select a listing to unlist.</source>
        <translation>Wählen Sie das zurückzuziehende Angebot aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="463"/>
        <source>unlist &apos;%1&apos; from %2</source>
        <translation>Angebot von &apos;%1&apos; in Stufe %2 zurückziehen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/MarketplaceArea.cpp" line="465"/>
        <source>Not unlisted: %1</source>
        <translation>Angebot nicht zurückgezogen: %1</translation>
    </message>
</context>
<context>
    <name>mm::MarketplaceService</name>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="25"/>
        <source>model &apos;%1&apos;</source>
        <translation>Modell &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="31"/>
        <source>selling &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Verkauf von &apos;%1&apos; an &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="47"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="50"/>
        <source>%1 and up</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="57"/>
        <source>the %1 price %2 is below the tier&apos;s range of %3</source>
        <translation>der Preis %2 in Stufe %1 liegt unter der Spanne der Lizenzstufe von %3</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="61"/>
        <source>the %1 price %2 is above the tier&apos;s range of %3</source>
        <translation>der Preis %2 in Stufe %1 liegt über der Spanne der Lizenzstufe von %3</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="72"/>
        <source>there is no model with id %1</source>
        <translation>es gibt kein Modell mit der ID %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="73"/>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="87"/>
        <source>listing model %1</source>
        <translation>Anbieten von Modell %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="95"/>
        <source>name at least one tier to list the model in</source>
        <translation>geben Sie mindestens eine Lizenzstufe an, in der das Modell angeboten werden soll</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="98"/>
        <source>only a completed model can be listed; &apos;%1&apos; is %2</source>
        <translation>nur ein abgeschlossenes Modell kann angeboten werden; &apos;%1&apos; hat den Status „%2“</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="128"/>
        <source>changing the price of model %1</source>
        <translation>Ändern des Preises von Modell %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="141"/>
        <location filename="../src/data/MarketplaceService.cpp" line="169"/>
        <location filename="../src/data/MarketplaceService.cpp" line="228"/>
        <source>&apos;%1&apos; is not listed in the %2 tier</source>
        <translation>&apos;%1&apos; wird in der Lizenzstufe %2 nicht angeboten</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="157"/>
        <source>unlisting model %1</source>
        <translation>Zurückziehen der Angebote von Modell %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="200"/>
        <source>there is no buyer with id %1</source>
        <translation>es gibt keinen Käufer mit der ID %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="201"/>
        <source>buyer %1</source>
        <translation>Käufer %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="214"/>
        <source>the sale date is not a valid date</source>
        <translation>das Verkaufsdatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="217"/>
        <source>the monthly API calls cannot be negative</source>
        <translation>die monatlichen API-Aufrufe dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="233"/>
        <source>&apos;%1&apos; is %2 and not for sale</source>
        <translation>&apos;%1&apos; hat den Status „%2“ und ist nicht verkäuflich</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="255"/>
        <source>selling a license</source>
        <translation>Verkaufen einer Lizenz</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="270"/>
        <source>selling licenses</source>
        <translation>Verkaufen von Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="328"/>
        <source>revoking license %1</source>
        <translation>Widerrufen von Lizenz %1</translation>
    </message>
    <message>
        <location filename="../src/data/MarketplaceService.cpp" line="342"/>
        <source>saving the %1 tier</source>
        <translation>Speichern der Lizenzstufe %1</translation>
    </message>
</context>
<context>
    <name>mm::MetricEdit</name>
    <message>
        <location filename="../src/ui/scenarios/MetricEdit.cpp" line="29"/>
        <source>What to measure: revenue@M (month M), cumulative-revenue@M, tier-revenue:TIER@M, tier-share:TIER@M, payback:SIZE, lab-revenue:LAB@M or lab-share:LAB@M. Without @M the whole horizon counts.</source>
        <translation>Was gemessen wird: revenue@M (Monat M), cumulative-revenue@M, tier-revenue:TIER@M, tier-share:TIER@M, payback:SIZE, lab-revenue:LAB@M oder lab-share:LAB@M. Ohne @M zählt der gesamte Horizont.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/MetricEdit.cpp" line="32"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/MetricEdit.cpp" line="35"/>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
</context>
<context>
    <name>mm::Migrations</name>
    <message>
        <location filename="../src/data/Migrations.cpp" line="36"/>
        <source>the file has schema version %1, but this version of ModelMarket only knows versions up to %2; open it with a newer ModelMarket</source>
        <translation>die Datei hat die Schema-Version %1, diese ModelMarket-Version kennt aber nur Versionen bis %2; öffnen Sie sie mit einer neueren ModelMarket-Version</translation>
    </message>
    <message>
        <location filename="../src/data/Migrations.cpp" line="80"/>
        <source>the database has schema version %1 and needs version %2, but it is open read-only; open it once for writing (the window, or a command that writes) as the login that owns its tables to upgrade it</source>
        <translation>die Datenbank hat Schemaversion %1 und braucht Version %2, ist aber nur lesend geöffnet; öffnen Sie sie einmal schreibend (das Fenster oder ein schreibender Befehl) mit der Anmeldung, der ihre Tabellen gehören, um sie zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/data/Migrations.cpp" line="84"/>
        <source>the file has schema version %1 and needs version %2, but it is open read-only; make it writable and open it again to upgrade it</source>
        <translation>die Datei hat die Schema-Version %1 und braucht Version %2, ist aber nur lesbar geöffnet; machen Sie sie beschreibbar und öffnen Sie sie erneut, um sie zu aktualisieren</translation>
    </message>
</context>
<context>
    <name>mm::ModelComparisonDialog</name>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="97"/>
        <source>Compare Models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="53"/>
        <source>Models compared side by side</source>
        <translation>Modelle im direkten Vergleich</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="63"/>
        <source>These models cannot be compared: %1.</source>
        <translation>Diese Modelle können nicht verglichen werden: %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="98"/>
        <source>Select between %1 and %2 models in the catalog to compare them.

%3</source>
        <translation>Wählen Sie im Katalog %1 bis %2 Modelle aus, um sie zu vergleichen.

%3</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="113"/>
        <source>Reading the models…</source>
        <translation>Modelle werden gelesen…</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="122"/>
        <source>The models could not be read: %1</source>
        <translation>Die Modelle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="140"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="151"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="154"/>
        <source>Higher composite than %1% of the %2 rated %3 models</source>
        <translation>Höherer Gesamtwert als %1 % der %2 bewerteten Modelle der Klasse %3</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelComparisonDialog.cpp" line="160"/>
        <source>Higher composite than %1% of the %2 rated models in the catalog</source>
        <translation>Höherer Gesamtwert als %1 % der %2 bewerteten Modelle im Katalog</translation>
    </message>
</context>
<context>
    <name>mm::ModelComparisonQueries</name>
    <message>
        <location filename="../src/data/ModelComparisonQueries.cpp" line="31"/>
        <source>select between %1 and %2 different models to compare; %3 selected</source>
        <translation>wählen Sie zum Vergleichen %1 bis %2 verschiedene Modelle aus; ausgewählt: %3</translation>
    </message>
    <message>
        <location filename="../src/data/ModelComparisonQueries.cpp" line="35"/>
        <location filename="../src/data/ModelComparisonQueries.cpp" line="71"/>
        <source>model comparison</source>
        <translation>Modellvergleich</translation>
    </message>
    <message>
        <location filename="../src/data/ModelComparisonQueries.cpp" line="62"/>
        <location filename="../src/data/ModelComparisonQueries.cpp" line="72"/>
        <source>computing percentiles</source>
        <translation>Berechnen der Perzentile</translation>
    </message>
    <message>
        <location filename="../src/data/ModelComparisonQueries.cpp" line="70"/>
        <source>model %1 no longer exists</source>
        <translation>Modell %1 existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>mm::ModelDetailPanel</name>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="110"/>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="126"/>
        <source>Select a model to see its details.</source>
        <translation>Wählen Sie ein Modell aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="152"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="153"/>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="154"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="155"/>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="156"/>
        <source>Composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="157"/>
        <source>Performance:</source>
        <translation>Leistung:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="158"/>
        <source>Accuracy:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="159"/>
        <source>Efficiency:</source>
        <translation>Effizienz:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="160"/>
        <source>Composite:</source>
        <translation>Gesamtwert:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="161"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="172"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="176"/>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="177"/>
        <source>Dataset tokens:</source>
        <translation>Datensatz-Tokens:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="178"/>
        <source>Created on:</source>
        <translation>Erstellt am:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="180"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="184"/>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="185"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="186"/>
        <source>Research points:</source>
        <translation>Forschungspunkte:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="188"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="192"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="196"/>
        <source>Licenses sold:</source>
        <translation>Verkaufte Lizenzen:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="197"/>
        <source>Revenue to date:</source>
        <translation>Bisheriger Umsatz:</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="222"/>
        <source>Benchmark scores against the size-class median</source>
        <translation>Benchmark-Werte im Vergleich zum Median der Größenklasse</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="286"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="298"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="299"/>
        <source>not trained</source>
        <translation>nicht trainiert</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="307"/>
        <source>not listed</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="326"/>
        <source>none</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="364"/>
        <source>%1 median</source>
        <translation>Median (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="366"/>
        <source>Computing the median of the %1 models…</source>
        <translation>Median der Modelle der Klasse %1 wird berechnet…</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="368"/>
        <source>Median of the first %1 %2 models (by id), a sample of the class.</source>
        <translation>Median der ersten %1 Modelle der Klasse %2 (nach ID), eine Stichprobe der Klasse.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="372"/>
        <source>Median of the only %1 model with benchmark scores.</source>
        <translation>Median des einzigen Modells der Klasse %1 mit Benchmark-Werten.</translation>
    </message>
    <message>
        <location filename="../src/ui/catalog/ModelDetailPanel.cpp" line="374"/>
        <source>Median of the %1 %2 models with benchmark scores.</source>
        <translation>Median der %1 Modelle der Klasse %2 mit Benchmark-Werten.</translation>
    </message>
</context>
<context>
    <name>mm::ModelRepository</name>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="135"/>
        <source>a %1 model needs performance, accuracy, efficiency and composite (%2 missing); fill them in, or set its status to draft, training or failed</source>
        <translation>ein Modell mit Status %1 braucht Leistung, Genauigkeit, Effizienz und Gesamtwert (es fehlt: %2); tragen Sie sie ein oder setzen Sie den Status auf draft, training oder failed</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="116"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="60"/>
        <source>&apos;%1&apos; was changed by someone else since you loaded it; reload and try again</source>
        <translation>&apos;%1&apos; wurde seit dem Laden von jemand anderem geändert; laden Sie neu und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="118"/>
        <source>a model needs a name</source>
        <translation>ein Modell braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="121"/>
        <source>the name is longer than 200 characters</source>
        <translation>der Name ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="124"/>
        <source>the parameter count must be positive</source>
        <translation>die Parameteranzahl muss positiv sein</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="127"/>
        <source>the dataset size cannot be negative</source>
        <translation>die Datensatzgröße darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="131"/>
        <source>quality metrics must be between 0 and 100</source>
        <translation>Qualitätsmesswerte müssen zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="141"/>
        <source>the training cost cannot be negative</source>
        <translation>die Trainingskosten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="144"/>
        <source>training days and research points cannot be negative</source>
        <translation>Trainingstage und Forschungspunkte dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="147"/>
        <source>the creation date is missing</source>
        <translation>das Erstellungsdatum fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="158"/>
        <location filename="../src/data/ModelRepository.cpp" line="321"/>
        <source>adding model &apos;%1&apos;</source>
        <translation>Hinzufügen von Modell &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="178"/>
        <location filename="../src/data/ModelRepository.cpp" line="181"/>
        <location filename="../src/data/ModelRepository.cpp" line="245"/>
        <location filename="../src/data/ModelRepository.cpp" line="272"/>
        <location filename="../src/data/ModelRepository.cpp" line="290"/>
        <source>adding models</source>
        <translation>Hinzufügen von Modellen</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="197"/>
        <source>saving model &apos;%1&apos;</source>
        <translation>Speichern von Modell &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="215"/>
        <location filename="../src/data/ModelRepository.cpp" line="218"/>
        <location filename="../src/data/ModelRepository.cpp" line="331"/>
        <source>saving models</source>
        <translation>Speichern von Modellen</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="344"/>
        <location filename="../src/data/ModelRepository.cpp" line="348"/>
        <source>deleting models</source>
        <translation>Löschen von Modellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/data/ModelRepository.cpp" line="360"/>
        <source>&apos;%1&apos; has %n license(s); revoke or delete them before deleting the model</source>
        <translation>
            <numerusform>&apos;%1&apos; hat %n Lizenz; widerrufen oder löschen Sie sie, bevor Sie das Modell löschen</numerusform>
            <numerusform>&apos;%1&apos; hat %n Lizenzen; widerrufen oder löschen Sie sie, bevor Sie das Modell löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="365"/>
        <source>deleting model %1</source>
        <translation>Löschen von Modell %1</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="374"/>
        <location filename="../src/data/ModelRepository.cpp" line="402"/>
        <source>reading model %1</source>
        <translation>Lesen von Modell %1</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="385"/>
        <source>looking up model &apos;%1&apos;</source>
        <translation>Suchen von Modell &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="396"/>
        <source>reading models</source>
        <translation>Lesen der Modelle</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="415"/>
        <source>reading benchmark scores</source>
        <translation>Lesen der Benchmark-Werte</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="430"/>
        <source>reading the models that can be listed</source>
        <translation>Lesen der Modelle, die angeboten werden können</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="442"/>
        <source>counting models</source>
        <translation>Zählen der Modelle</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="450"/>
        <source>counting licenses of model %1</source>
        <translation>Zählen der Lizenzen von Modell %1</translation>
    </message>
    <message>
        <location filename="../src/data/ModelRepository.cpp" line="458"/>
        <source>reading the catalog</source>
        <translation>Lesen des Katalogs</translation>
    </message>
</context>
<context>
    <name>mm::Money</name>
    <message>
        <location filename="../src/core/Money.cpp" line="132"/>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="35"/>
        <location filename="../src/core/Money.cpp" line="41"/>
        <location filename="../src/core/Money.cpp" line="241"/>
        <source>no amount given</source>
        <translation>kein Betrag angegeben</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="22"/>
        <source>the amount is too large</source>
        <translation>der Betrag ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="46"/>
        <source>more than two decimals: &apos;%1&apos;</source>
        <translation>mehr als zwei Nachkommastellen: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="66"/>
        <location filename="../src/core/Money.cpp" line="73"/>
        <source>not an amount: &apos;%1&apos;</source>
        <translation>kein Betrag: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/Money.cpp" line="260"/>
        <source>&apos;%1&apos; is not an amount of money</source>
        <translation>&apos;%1&apos; ist kein Geldbetrag</translation>
    </message>
</context>
<context>
    <name>mm::MoneyLineEdit</name>
    <message>
        <location filename="../src/ui/shell/MoneyLineEdit.cpp" line="11"/>
        <source>An amount such as %1, 1.5k or 2M</source>
        <translation>Ein Betrag wie %1, 1.5k oder 2M</translation>
    </message>
</context>
<context>
    <name>mm::PreferencesDialog</name>
    <message>
        <location filename="../src/ui/shell/PreferencesDialog.cpp" line="23"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/PreferencesDialog.cpp" line="32"/>
        <source>1 game day per second</source>
        <translation>1 Spieltag pro Sekunde</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/PreferencesDialog.cpp" line="33"/>
        <source>%1 game days per second</source>
        <translation>%1 Spieltage pro Sekunde</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/PreferencesDialog.cpp" line="46"/>
        <source>Default Database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/PreferencesDialog.cpp" line="47"/>
        <source>ModelMarket databases (*.sqlite *.db)</source>
        <translation>ModelMarket-Datenbanken (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>mm::Pricing</name>
    <message>
        <location filename="../src/core/Pricing.cpp" line="40"/>
        <source>API calls cannot be negative</source>
        <translation>API-Aufrufe dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/Pricing.cpp" line="49"/>
        <source>the number of months cannot be negative</source>
        <translation>die Anzahl der Monate darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>mm::PurchaseDialog</name>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="68"/>
        <source>&amp;Sell</source>
        <translation>&amp;Verkaufen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="98"/>
        <source>Sell License — %1</source>
        <translation>Lizenz verkaufen — %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="100"/>
        <source>%1 — %2 %3, quality %4, %5</source>
        <translation>%1 — %2 %3, Qualität %4, %5</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="102"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="105"/>
        <source>model %1 (not found)</source>
        <translation>Modell %1 (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="111"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="122"/>
        <source>%1 — %2, size %3, budget %4</source>
        <translation>%1 — %2, Größe %3, Budget %4</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="232"/>
        <source>The model is not listed in any tier; list it first.</source>
        <translation>Das Modell wird in keiner Lizenzstufe angeboten; bieten Sie es zuerst an.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="235"/>
        <source>Choose a buyer.</source>
        <translation>Wählen Sie einen Käufer.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="239"/>
        <source>Refused: the monthly API calls must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>Abgelehnt: Die monatlichen API-Aufrufe müssen eine ganze Zahl ab 0 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="247"/>
        <source>Refused (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="252"/>
        <source>Refused by the tier rule “%1”: %2.</source>
        <translation>Abgelehnt durch die Stufenregel „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="259"/>
        <source>(too large)</source>
        <translation>(zu groß)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="262"/>
        <source>perpetual</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="263"/>
        <source>expires %1%2</source>
        <translation>läuft am %1 ab%2</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="266"/>
        <source> (renewable)</source>
        <translation> (verlängerbar)</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="267"/>
        <source>Allowed: fee %1, usage about %2/month, %3. The buyer&apos;s budget goes from %4 to %5.</source>
        <translation>Zulässig: Gebühr %1, Nutzung etwa %2/Monat, %3. Das Budget des Käufers ändert sich von %4 auf %5.</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="280"/>
        <source>sell a %1 license of &apos;%2&apos;</source>
        <translation>Lizenz der Stufe %1 für &apos;%2&apos; verkaufen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/PurchaseDialog.cpp" line="283"/>
        <source>The sale failed: %1</source>
        <translation>Der Verkauf ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mm::ResearchArea</name>
    <message>
        <location filename="../src/models/ResearchTableModel.cpp" line="81"/>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location filename="../src/models/ResearchTableModel.cpp" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/models/ResearchTableModel.cpp" line="136"/>
        <source>Field</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location filename="../src/models/ResearchTableModel.cpp" line="138"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../src/models/ResearchTableModel.cpp" line="140"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/models/ResearchTableModel.cpp" line="142"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../src/models/ResearchTableModel.cpp" line="144"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="33"/>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="51"/>
        <source>Research projects</source>
        <translation>Forschungsprojekte</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="65"/>
        <source>Filter projects…</source>
        <translation>Projekte filtern…</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="67"/>
        <source>Filter research projects</source>
        <translation>Forschungsprojekte filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="77"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="79"/>
        <source>&amp;Add Project</source>
        <translation>Projekt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="80"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="83"/>
        <source>&amp;Complete</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="84"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="86"/>
        <source>&amp;Delete Project</source>
        <translation>Projekt &amp;löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="87"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="88"/>
        <source>Add a research project (Ctrl+Shift+N or Insert)</source>
        <translation>Ein Forschungsprojekt hinzufügen (Strg+Umschalt+N oder Einfg)</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="90"/>
        <source>Complete the selected project on today&apos;s game date; its points become available (Ctrl+Shift+Return)</source>
        <translation>Das ausgewählte Projekt zum heutigen Spieldatum abschließen; seine Punkte werden verfügbar (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="92"/>
        <source>Delete the selected project (Ctrl+Shift+Delete)</source>
        <translation>Das ausgewählte Projekt löschen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="41"/>
        <source>The research projects could not be read: %1</source>
        <translation>Die Forschungsprojekte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="165"/>
        <source>&lt;b&gt;%1&lt;/b&gt; research points available to training jobs (%2 from completed projects, %3 held by jobs).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Forschungspunkte für Trainingsaufträge verfügbar (%2 aus abgeschlossenen Projekten, %3 durch Aufträge belegt).</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="240"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="247"/>
        <source>Cannot add the project: %1</source>
        <translation>Das Projekt kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="265"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="266"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="279"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="293"/>
        <source>&apos;%1&apos; was already completed on %2.</source>
        <translation>&apos;%1&apos; wurde bereits am %2 abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="305"/>
        <source>Cannot complete &apos;%1&apos; on %2: %3</source>
        <translation>&apos;%1&apos; kann nicht am %2 abgeschlossen werden: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="310"/>
        <source>complete research project &apos;%1&apos;</source>
        <translation>Forschungsprojekt &apos;%1&apos; abschließen</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="312"/>
        <source>Cannot complete: %1</source>
        <translation>Abschließen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="315"/>
        <source>Completed &apos;%1&apos;: %2 research points became available</source>
        <translation>&apos;%1&apos; abgeschlossen: %2 Forschungspunkte sind jetzt verfügbar</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="330"/>
        <source>Cannot delete &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="211"/>
        <source>The project no longer exists.</source>
        <translation>Das Projekt existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="357"/>
        <source>&apos;%1&apos; is not a whole number of points</source>
        <translation>&apos;%1&apos; ist keine ganze Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="372"/>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; ist kein Datum</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="384"/>
        <source>Not changed: %1.</source>
        <translation>Nicht geändert: %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="391"/>
        <source>edit %1 of research project &apos;%2&apos;</source>
        <translation>%1 von Forschungsprojekt &apos;%2&apos; bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/research/ResearchArea.cpp" line="393"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>mm::ResearchRepository</name>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="23"/>
        <source>there is no such research project</source>
        <translation>dieses Forschungsprojekt existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="24"/>
        <source>research project %1</source>
        <translation>Forschungsprojekt %1</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="43"/>
        <source>a research project needs a name</source>
        <translation>ein Forschungsprojekt braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="46"/>
        <source>research points cannot be negative</source>
        <translation>Forschungspunkte dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="49"/>
        <source>the cost cannot be negative</source>
        <translation>die Kosten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="52"/>
        <source>the start date is missing</source>
        <translation>das Startdatum fehlt</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="55"/>
        <source>a project cannot be completed before it started</source>
        <translation>ein Projekt kann nicht vor seinem Beginn abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="65"/>
        <source>training jobs already spend these research points (%1 short); cancel jobs first</source>
        <translation>Trainingsaufträge verwenden diese Forschungspunkte bereits (%1 fehlen); brechen Sie zuerst Aufträge ab</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="81"/>
        <location filename="../src/data/ResearchRepository.cpp" line="84"/>
        <source>adding research project &apos;%1&apos;</source>
        <translation>Hinzufügen von Forschungsprojekt &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="94"/>
        <source>saving research project &apos;%1&apos;</source>
        <translation>Speichern von Forschungsprojekt &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="114"/>
        <source>completing research project %1</source>
        <translation>Abschließen von Forschungsprojekt %1</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="125"/>
        <source>the project was already completed on %1</source>
        <translation>das Projekt wurde bereits am %1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="140"/>
        <source>deleting research project %1</source>
        <translation>Löschen von Forschungsprojekt %1</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="161"/>
        <source>reading research project %1</source>
        <translation>Lesen von Forschungsprojekt %1</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="170"/>
        <source>reading research projects</source>
        <translation>Lesen der Forschungsprojekte</translation>
    </message>
    <message>
        <location filename="../src/data/ResearchRepository.cpp" line="187"/>
        <source>counting available research points</source>
        <translation>Zählen der verfügbaren Forschungspunkte</translation>
    </message>
</context>
<context>
    <name>mm::RevenueArea</name>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="59"/>
        <source>Revenue per tier per month</source>
        <translation>Umsatz pro Lizenzstufe und Monat</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="61"/>
        <source>Share of revenue by tier</source>
        <translation>Umsatzanteil nach Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="64"/>
        <source>Cumulative revenue per tier</source>
        <translation>Kumulierter Umsatz pro Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="67"/>
        <source>Licenses sold per tier per month</source>
        <translation>Verkaufte Lizenzen pro Lizenzstufe und Monat</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="69"/>
        <source>Top 10 models by revenue</source>
        <translation>Top 10 Modelle nach Umsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="72"/>
        <source>Training spend against license revenue</source>
        <translation>Trainingsausgaben im Vergleich zum Lizenzumsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="74"/>
        <source>Listing price against quality</source>
        <translation>Angebotspreis im Vergleich zur Qualität</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="121"/>
        <source>Revenue dashboard</source>
        <translation>Umsatz-Dashboard</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="173"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="174"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="175"/>
        <source>Si&amp;ze class:</source>
        <translation>&amp;Größenklasse:</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="176"/>
        <source>&amp;Architecture:</source>
        <translation>&amp;Architektur:</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="177"/>
        <source>&amp;Buyers:</source>
        <translation>&amp;Käufer:</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="178"/>
        <source>&amp;Revenue:</source>
        <translation>&amp;Umsatz:</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="179"/>
        <source>All size classes</source>
        <translation>Alle Größenklassen</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="180"/>
        <source>All architectures</source>
        <translation>Alle Architekturen</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="181"/>
        <source>All buyer types</source>
        <translation>Alle Käufertypen</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="182"/>
        <source>License fees and usage</source>
        <translation>Lizenzgebühren und Nutzung</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="183"/>
        <source>License fees only</source>
        <translation>Nur Lizenzgebühren</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="184"/>
        <source>Usage charges only</source>
        <translation>Nur Nutzungsgebühren</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="185"/>
        <source>First month counted; the earliest month means from the start</source>
        <translation>Erster berücksichtigter Monat; der früheste Monat bedeutet „von Anfang an“</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="186"/>
        <source>Last month counted; the latest month follows new sales</source>
        <translation>Letzter berücksichtigter Monat; der späteste Monat berücksichtigt auch neue Verkäufe</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="189"/>
        <source>Tier sca&amp;le:</source>
        <translation>Stufen-Ska&amp;la:</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="190"/>
        <source>Linear, stacked</source>
        <translation>Linear, gestapelt</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="191"/>
        <source>Logarithmic, every tier readable</source>
        <translation>Logarithmisch, jede Stufe lesbar</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="193"/>
        <source>How the revenue per tier per month and the cumulative revenue are drawn: stacked on one linear axis, where a small tier is a thin sliver, or side by side on a logarithmic axis, where every tier is readable</source>
        <translation>Wie der Umsatz pro Lizenzstufe und Monat und der kumulierte Umsatz gezeichnet werden: gestapelt auf einer linearen Achse, auf der eine kleine Stufe nur ein dünner Streifen ist, oder nebeneinander auf einer logarithmischen Achse, auf der jede Stufe lesbar ist</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="208"/>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="211"/>
        <source>Refre&amp;sh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="213"/>
        <source>Read the numbers again now (F5)</source>
        <translation>Die Zahlen jetzt neu einlesen (F5)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="217"/>
        <source>Refresh Revenue</source>
        <translation>Umsatz aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="268"/>
        <source>Chart exported to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="341"/>
        <source>The first month (%1) comes after the last month (%2); pick a range that runs forward. The charts still show the previous selection.</source>
        <translation>Der erste Monat (%1) liegt nach dem letzten Monat (%2); wählen Sie einen vorwärts laufenden Zeitraum. Die Diagramme zeigen weiterhin die vorherige Auswahl.</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="349"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="359"/>
        <source>Revenue could not be read: %1</source>
        <translation>Der Umsatz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="361"/>
        <source>Revenue could not be read</source>
        <translation>Der Umsatz konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="414"/>
        <source>Nothing was sold in this selection.</source>
        <translation>In dieser Auswahl wurde nichts verkauft.</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="420"/>
        <source>Revenue %1 (license fees %2, usage %3)</source>
        <translation>Umsatz %1 (Lizenzgebühren %2, Nutzung %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="425"/>
        <source>License fees %1</source>
        <translation>Lizenzgebühren %1</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="428"/>
        <source>Usage charges %1</source>
        <translation>Nutzungsgebühren %1</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="431"/>
        <source> · licenses sold: %1 · models earning: %2</source>
        <translation> · verkaufte Lizenzen: %1 · Modelle mit Umsatz: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueArea.cpp" line="452"/>
        <source>Nothing in this selection</source>
        <translation>Nichts in dieser Auswahl</translation>
    </message>
</context>
<context>
    <name>mm::RevenueCharts</name>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="83"/>
        <source>%1 — usage</source>
        <translation>%1 — Nutzung</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="84"/>
        <source>%1 — license fees</source>
        <translation>%1 — Lizenzgebühren</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="287"/>
        <source>Revenue per tier per month</source>
        <translation>Umsatz pro Lizenzstufe und Monat</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="288"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="426"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="499"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="288"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="392"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="426"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="499"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="611"/>
        <source>tier</source>
        <translation>Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="288"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="553"/>
        <source>license fees</source>
        <translation>Lizenzgebühren</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="289"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="553"/>
        <source>usage charges</source>
        <translation>Nutzungsgebühren</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="289"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="392"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="553"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="679"/>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="339"/>
        <source>License fees %1, usage %2</source>
        <translation>Lizenzgebühren %1, Nutzung %2</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="350"/>
        <source>Revenue (log scale)</source>
        <translation>Umsatz (log. Skala)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="383"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="602"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="391"/>
        <source>Share of revenue by tier</source>
        <translation>Umsatzanteil nach Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="392"/>
        <source>share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="408"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="413"/>
        <source>%1
%2 of %3 (%4%)</source>
        <translation>%1
%2 von %3 (%4 %)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="425"/>
        <source>Cumulative revenue per tier</source>
        <translation>Kumulierter Umsatz pro Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="426"/>
        <source>cumulative revenue</source>
        <translation>kumulierter Umsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="455"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="464"/>
        <source>Revenue to date (log scale)</source>
        <translation>Bisheriger Umsatz (log. Skala)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="465"/>
        <source>Revenue to date</source>
        <translation>Bisheriger Umsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="485"/>
        <source>%1, revenue to date</source>
        <translation>%1, bisheriger Umsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="498"/>
        <source>Licenses sold per tier per month</source>
        <translation>Verkaufte Lizenzen pro Lizenzstufe und Monat</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="499"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="554"/>
        <source>licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="532"/>
        <source>%1
%2: %3 licenses</source>
        <translation>%1
%2: %3 Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="543"/>
        <source>Licenses sold</source>
        <translation>Verkaufte Lizenzen</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="551"/>
        <source>Top %1 models by revenue</source>
        <translation>Top %1 Modelle nach Umsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="552"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="552"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="611"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="678"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="756"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="552"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="678"/>
        <source>size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="568"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="584"/>
        <source>License fees</source>
        <translation>Lizenzgebühren</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="570"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="585"/>
        <source>Usage charges</source>
        <translation>Nutzungsgebühren</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="581"/>
        <source>%1 (%2), %3 licenses, total %4</source>
        <translation>%1 (%2), %3 Lizenzen, gesamt %4</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="610"/>
        <source>Listing price against quality</source>
        <translation>Angebotspreis im Vergleich zur Qualität</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="611"/>
        <source>composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="611"/>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="633"/>
        <source>Composite quality (0–100)</source>
        <translation>Gesamtqualität (0–100)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="638"/>
        <source>List price (log scale)</source>
        <translation>Listenpreis (log. Skala)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="654"/>
        <source>%1 (%2)
Composite %3, price %4</source>
        <translation>%1 (%2)
Gesamtwert %3, Preis %4</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="670"/>
        <source>Listing price against quality (%1 of %2 listings)</source>
        <translation>Angebotspreis im Vergleich zur Qualität (%1 von %2 Angeboten)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="677"/>
        <source>Training spend against license revenue</source>
        <translation>Trainingsausgaben im Vergleich zum Lizenzumsatz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="678"/>
        <source>training spend</source>
        <translation>Trainingsausgaben</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="679"/>
        <source>paid back</source>
        <translation>amortisiert</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="686"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="686"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="698"/>
        <source>Training spend (log scale)</source>
        <translation>Trainingsausgaben (log. Skala)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="701"/>
        <source>License revenue (log scale)</source>
        <translation>Lizenzumsatz (log. Skala)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="705"/>
        <source>Paid back (revenue = spend)</source>
        <translation>Amortisiert (Umsatz = Ausgaben)</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="712"/>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="713"/>
        <source>Above this line a model has earned back its training</source>
        <translation>Oberhalb dieser Linie hat ein Modell seine Trainingskosten wieder eingespielt</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="731"/>
        <source>%1 (%2)
Training %3, revenue %4
%5</source>
        <translation>%1 (%2)
Training %3, Umsatz %4
%5</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="735"/>
        <source>Paid back</source>
        <translation>Amortisiert</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="735"/>
        <source>Not paid back yet</source>
        <translation>Noch nicht amortisiert</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="751"/>
        <source>Quality side by side</source>
        <translation>Qualität im direkten Vergleich</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="752"/>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="752"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="752"/>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="753"/>
        <source>Composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="779"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../src/ui/revenue/RevenueCharts.cpp" line="793"/>
        <source>Score (0–100)</source>
        <translation>Wert (0–100)</translation>
    </message>
</context>
<context>
    <name>mm::RevenueQueries</name>
    <message>
        <location filename="../src/data/RevenueQueries.cpp" line="71"/>
        <location filename="../src/data/RevenueQueries.cpp" line="75"/>
        <source>reading revenue</source>
        <translation>Lesen des Umsatzes</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueQueries.cpp" line="98"/>
        <source>the report range has an invalid date</source>
        <translation>der Berichtszeitraum enthält ein ungültiges Datum</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueQueries.cpp" line="98"/>
        <location filename="../src/data/RevenueQueries.cpp" line="104"/>
        <source>revenue filter</source>
        <translation>Umsatzfilter</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueQueries.cpp" line="102"/>
        <source>the first month (%1) comes after the last month (%2)</source>
        <translation>der erste Monat (%1) liegt nach dem letzten Monat (%2)</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueQueries.cpp" line="138"/>
        <source>reading revenue by tier and month</source>
        <translation>Lesen des Umsatzes nach Lizenzstufe und Monat</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueQueries.cpp" line="176"/>
        <source>reading revenue by model</source>
        <translation>Lesen des Umsatzes nach Modell</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueQueries.cpp" line="219"/>
        <source>reading listing prices</source>
        <translation>Lesen der Angebotspreise</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueQueries.cpp" line="252"/>
        <source>reading the months with revenue</source>
        <translation>Lesen der Monate mit Umsatz</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueQueries.cpp" line="312"/>
        <source>computing revenue from the summary</source>
        <translation>Berechnen des Umsatzes aus der Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>mm::RevenueReport</name>
    <message>
        <location filename="../src/data/RevenueReport.cpp" line="30"/>
        <source>the report range has an invalid date</source>
        <translation>der Berichtszeitraum enthält ein ungültiges Datum</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueReport.cpp" line="30"/>
        <source>revenue report</source>
        <translation>Umsatzbericht</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueReport.cpp" line="130"/>
        <source>computing revenue</source>
        <translation>Berechnen des Umsatzes</translation>
    </message>
    <message>
        <location filename="../src/data/RevenueReport.cpp" line="175"/>
        <source>computing total revenue</source>
        <translation>Berechnen des Gesamtumsatzes</translation>
    </message>
</context>
<context>
    <name>mm::Scenario</name>
    <message>
        <location filename="../src/core/Scenario.cpp" line="176"/>
        <source>there is no parameter &apos;%1&apos; (modelmarket scenario parameters lists them)</source>
        <translation>es gibt keinen Parameter &apos;%1&apos; (modelmarket scenario parameters listet sie auf)</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="218"/>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; ist ungültig, erwartet: %2</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="226"/>
        <source>an amount such as 50000.00</source>
        <translation>ein Betrag wie 50000.00</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="232"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="234"/>
        <source>%1 is outside the allowed range 1 to %2 (percent of the stored prices)</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs 1 bis %2 (Prozent der gespeicherten Preise)</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="245"/>
        <location filename="../src/core/Scenario.cpp" line="249"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="402"/>
        <source>a scenario needs a name</source>
        <translation>ein Szenario braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="444"/>
        <source>this is not a ModelMarket scenarios file (format &apos;%1&apos;)</source>
        <translation>dies ist keine ModelMarket-Szenariendatei (Format &apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="447"/>
        <source>the scenarios were written by a newer version of ModelMarket (format version %1; this version reads up to %2)</source>
        <translation>die Szenarien wurden von einer neueren ModelMarket-Version geschrieben (Formatversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <location filename="../src/core/Scenario.cpp" line="463"/>
        <source>the name &apos;%1&apos; appears twice</source>
        <translation>der Name &apos;%1&apos; kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>mm::ScenarioCommands</name>
    <message>
        <location filename="../src/ui/scenarios/ScenarioCommands.cpp" line="40"/>
        <source>&apos;%1&apos; was changed meanwhile (by another window or program); nothing was done</source>
        <translation>&apos;%1&apos; wurde zwischenzeitlich geändert (von einem anderen Fenster oder Programm); es wurde nichts getan</translation>
    </message>
</context>
<context>
    <name>mm::ScenarioComparePage</name>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="27"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="30"/>
        <source>Scenarios to compare with the base</source>
        <translation>Mit der Basis zu vergleichende Szenarien</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="33"/>
        <source>Tick up to %1 scenarios; the base is always shown</source>
        <translation>Bis zu %1 Szenarien ankreuzen; die Basis wird immer angezeigt</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="36"/>
        <source>By tier, whole horizon</source>
        <translation>Nach Lizenzstufe, gesamter Horizont</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="37"/>
        <source>By year and tier</source>
        <translation>Nach Jahr und Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="38"/>
        <source>Tick the scenarios to set beside the base, then Compare. All are forecast with the same seed, so a scenario equal to the base shows exactly no change.</source>
        <translation>Kreuzen Sie die Szenarien an, die neben die Basis gestellt werden sollen, dann „Vergleichen“. Alle werden mit demselben Seed prognostiziert, daher zeigt ein Szenario, das der Basis gleicht, genau keine Änderung.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="45"/>
        <source>Scenarios side by side</source>
        <translation>Szenarien nebeneinander</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="49"/>
        <source>Total revenue of the base and scenarios</source>
        <translation>Gesamtumsatz der Basis und der Szenarien</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="52"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="79"/>
        <source>At most %1 scenarios are compared at once</source>
        <translation>Höchstens %1 Szenarien werden gleichzeitig verglichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="137"/>
        <source>Forecasting the base and %n scenario(s)…</source>
        <translation>
            <numerusform>Basis und %n Szenario werden prognostiziert…</numerusform>
            <numerusform>Basis und %n Szenarien werden prognostiziert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="149"/>
        <source>The comparison</source>
        <translation>Der Vergleich</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/scenarios/ScenarioComparePage.cpp" line="154"/>
        <source>The base and %n scenario(s), %1 runs × %2 months each, same seed. &quot;Bands overlap&quot; says whether the p10–p90 ranges meet: when they do not, the change stands out from the market&apos;s own spread.</source>
        <translation>
            <numerusform>Die Basis und %n Szenario, je %1 Läufe × %2 Monate, gleicher Seed. „Bänder überlappen“ gibt an, ob sich die Bereiche p10–p90 berühren: Wenn nicht, hebt sich die Änderung von der eigenen Streuung des Markts ab.</numerusform>
            <numerusform>Die Basis und %n Szenarien, je %1 Läufe × %2 Monate, gleicher Seed. „Bänder überlappen“ gibt an, ob sich die Bereiche p10–p90 berühren: Wenn nicht, hebt sich die Änderung von der eigenen Streuung des Markts ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ScenarioComparison</name>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="32"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="52"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="66"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="67"/>
        <source>Tier</source>
        <translation>Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="68"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="69"/>
        <source>Revenue p10</source>
        <translation>Umsatz p10</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="70"/>
        <source>Revenue p50</source>
        <translation>Umsatz p50</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="71"/>
        <source>Revenue p90</source>
        <translation>Umsatz p90</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="72"/>
        <source>Change p50</source>
        <translation>Änderung p50</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="73"/>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="74"/>
        <source>Bands overlap</source>
        <translation>Bänder überlappen</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="99"/>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="100"/>
        <source>All tiers</source>
        <translation>Alle Lizenzstufen</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="103"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/core/ScenarioComparison.cpp" line="103"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>mm::ScenarioParameterModel</name>
    <message>
        <location filename="../src/models/ScenarioParameterModel.cpp" line="95"/>
        <source>Type a value; clear it to go back to the stored %1</source>
        <translation>Wert eingeben; leeren, um zum gespeicherten Wert %1 zurückzukehren</translation>
    </message>
    <message>
        <location filename="../src/models/ScenarioParameterModel.cpp" line="97"/>
        <source>Choose or create a scenario to change values</source>
        <translation>Wählen oder erstellen Sie ein Szenario, um Werte zu ändern</translation>
    </message>
    <message>
        <location filename="../src/models/ScenarioParameterModel.cpp" line="130"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../src/models/ScenarioParameterModel.cpp" line="132"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../src/models/ScenarioParameterModel.cpp" line="134"/>
        <source>Base value</source>
        <translation>Basiswert</translation>
    </message>
    <message>
        <location filename="../src/models/ScenarioParameterModel.cpp" line="136"/>
        <source>Scenario value</source>
        <translation>Szenariowert</translation>
    </message>
    <message>
        <location filename="../src/models/ScenarioParameterModel.cpp" line="138"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>mm::ScenarioRepository</name>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="51"/>
        <location filename="../src/data/ScenarioRepository.cpp" line="91"/>
        <source>reading scenarios</source>
        <translation>Lesen der Szenarien</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="96"/>
        <source>there is no scenario %1 (there are none yet)</source>
        <translation>es gibt kein Szenario %1 (es gibt noch keine)</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="97"/>
        <source>there is no scenario %1 (there are: %2)</source>
        <translation>es gibt kein Szenario %1 (vorhanden: %2)</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="105"/>
        <source>looking up scenario &apos;%1&apos;</source>
        <translation>Suchen von Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="110"/>
        <source>there is already a scenario called &apos;%1&apos;</source>
        <translation>es gibt bereits ein Szenario namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="117"/>
        <source>reading scenario %1</source>
        <translation>Lesen von Szenario %1</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="142"/>
        <source>an override needs a parameter and a value</source>
        <translation>eine Überschreibung braucht einen Parameter und einen Wert</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="146"/>
        <source>the parameter is overridden twice</source>
        <translation>der Parameter wird zweimal überschrieben</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="163"/>
        <location filename="../src/data/ScenarioRepository.cpp" line="338"/>
        <source>there is no parameter &apos;%1&apos; (set to &apos;%2&apos;; modelmarket scenario parameters lists them)</source>
        <translation>es gibt keinen Parameter &apos;%1&apos; (gesetzt auf &apos;%2&apos;; modelmarket scenario parameters listet sie auf)</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="178"/>
        <source>the overrides break an economy rule: %1</source>
        <translation>die Überschreibungen verletzen eine Wirtschaftsregel: %1</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="213"/>
        <location filename="../src/data/ScenarioRepository.cpp" line="238"/>
        <location filename="../src/data/ScenarioRepository.cpp" line="268"/>
        <location filename="../src/data/ScenarioRepository.cpp" line="368"/>
        <location filename="../src/data/ScenarioRepository.cpp" line="427"/>
        <source>a scenario needs a name</source>
        <translation>ein Szenario braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="216"/>
        <source>creating scenario &apos;%1&apos;</source>
        <translation>Anlegen von Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="241"/>
        <source>copying scenario %1 as &apos;%2&apos;</source>
        <translation>Kopieren von Szenario %1 als &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="271"/>
        <source>renaming scenario %1 to &apos;%2&apos;</source>
        <translation>Umbenennen von Szenario %1 in &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="288"/>
        <source>saving the notes of scenario %1</source>
        <translation>Speichern der Notizen von Szenario %1</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="297"/>
        <source>setting %1 in scenario %2</source>
        <translation>Setzen von %1 in Szenario %2</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="313"/>
        <source>there is no parameter &apos;%1&apos; (modelmarket scenario parameters lists them)</source>
        <translation>es gibt keinen Parameter &apos;%1&apos; (modelmarket scenario parameters listet sie auf)</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="324"/>
        <source>removing %1 would break an economy rule: %2</source>
        <translation>das Entfernen von %1 würde eine Wirtschaftsregel verletzen: %2</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="352"/>
        <source>%1 = %2 is refused: %3</source>
        <translation>%1 = %2 wird abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="371"/>
        <source>saving scenario &apos;%1&apos;</source>
        <translation>Speichern von Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="408"/>
        <source>deleting scenario %1</source>
        <translation>Löschen von Szenario %1</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="417"/>
        <source>importing scenarios</source>
        <translation>Importieren von Szenarien</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="433"/>
        <source>the name &apos;%1&apos; appears twice among the scenarios imported</source>
        <translation>der Name &apos;%1&apos; kommt unter den importierten Szenarien zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="448"/>
        <source>there is already a scenario called &apos;%1&apos;; import with replace to overwrite it</source>
        <translation>es gibt bereits ein Szenario namens &apos;%1&apos;; importieren Sie mit Ersetzen, um es zu überschreiben</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="489"/>
        <source>balance rule &apos;%1&apos;</source>
        <translation>Balance-Regel &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="508"/>
        <location filename="../src/data/ScenarioRepository.cpp" line="553"/>
        <source>looking up balance rule &apos;%1&apos;</source>
        <translation>Suchen von Balance-Regel &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="513"/>
        <source>there is already a balance rule called &apos;%1&apos;</source>
        <translation>es gibt bereits eine Balance-Regel namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="521"/>
        <location filename="../src/data/ScenarioRepository.cpp" line="537"/>
        <source>reading balance rules</source>
        <translation>Lesen der Balance-Regeln</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="526"/>
        <source>there is no balance rule %1 (there are none yet)</source>
        <translation>es gibt keine Balance-Regel %1 (es gibt noch keine)</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="527"/>
        <source>there is no balance rule %1 (there are: %2)</source>
        <translation>es gibt keine Balance-Regel %1 (vorhanden: %2)</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="565"/>
        <source>adding balance rule &apos;%1&apos;</source>
        <translation>Hinzufügen von Balance-Regel &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="592"/>
        <source>saving balance rule &apos;%1&apos;</source>
        <translation>Speichern von Balance-Regel &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ScenarioRepository.cpp" line="620"/>
        <source>deleting balance rule %1</source>
        <translation>Löschen von Balance-Regel %1</translation>
    </message>
</context>
<context>
    <name>mm::ScenariosArea</name>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="74"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="81"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="81"/>
        <source>A new scenario with no changes yet</source>
        <translation>Ein neues Szenario, noch ohne Änderungen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="82"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="83"/>
        <source>A copy of the chosen scenario to vary further</source>
        <translation>Eine Kopie des gewählten Szenarios zum weiteren Variieren</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="84"/>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="84"/>
        <source>Rename the chosen scenario (F2)</source>
        <translation>Das gewählte Szenario umbenennen (F2)</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="85"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="85"/>
        <source>Delete the chosen scenario (undoable)</source>
        <translation>Das gewählte Szenario löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="86"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="86"/>
        <source>Read scenarios from a JSON file</source>
        <translation>Szenarien aus einer JSON-Datei lesen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="87"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="87"/>
        <source>Write the scenarios to a JSON file</source>
        <translation>Die Szenarien in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="89"/>
        <source>&amp;Scenarios</source>
        <translation>&amp;Szenarien</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="105"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="106"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="107"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="108"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="126"/>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="126"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="137"/>
        <source>Duplicate Scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="137"/>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="138"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="147"/>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="154"/>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="147"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="158"/>
        <source>Import Scenarios</source>
        <translation>Szenarien importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="159"/>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="166"/>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="164"/>
        <source>Export Scenarios</source>
        <translation>Szenarien exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="171"/>
        <source>Run</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="209"/>
        <source>Find a parameter: floor, enterprise, needPerMonth…</source>
        <translation>Parameter suchen: floor, enterprise, needPerMonth…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="211"/>
        <source>C&amp;hanged only</source>
        <translation>Nur &amp;geänderte</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="213"/>
        <source>&amp;Reset to Stored Value</source>
        <translation>Auf gespeicherten Wert &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="215"/>
        <source>&amp;Goal Seek…</source>
        <translation>Ziel&amp;wertsuche…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="224"/>
        <source>Parameters of the scenario</source>
        <translation>Parameter des Szenarios</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="292"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="373"/>
        <source>create scenario %1</source>
        <translation>Szenario %1 anlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="387"/>
        <source>duplicate scenario %1</source>
        <translation>Szenario %1 duplizieren</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="400"/>
        <source>A scenario needs a name.</source>
        <translation>Ein Szenario braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="403"/>
        <source>rename scenario %1 to %2</source>
        <translation>Szenario %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="411"/>
        <source>delete scenario %1</source>
        <translation>Szenario %1 löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="417"/>
        <source>choose or create a scenario first</source>
        <translation>wählen oder erstellen Sie zuerst ein Szenario</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="423"/>
        <source>there is no parameter &apos;%1&apos;</source>
        <translation>es gibt keinen Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="434"/>
        <source>%1 = %2 is refused: %3</source>
        <translation>%1 = %2 wird abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="440"/>
        <source>reset %1 in %2</source>
        <translation>%1 in %2 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="441"/>
        <source>set %1 to %2 in %3</source>
        <translation>%1 in %3 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="450"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="456"/>
        <source>%1 is not JSON: %2 at byte %3</source>
        <translation>%1 ist kein JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="464"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="475"/>
        <source>Replace Scenarios?</source>
        <translation>Szenarien ersetzen?</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="476"/>
        <source>These scenarios exist already and would be replaced: %1</source>
        <translation>Diese Szenarien sind bereits vorhanden und würden ersetzt: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="478"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="480"/>
        <source>import scenarios from %1</source>
        <translation>Szenarien aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="491"/>
        <source>import scenario %1</source>
        <translation>Szenario %1 importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="501"/>
        <source>Imported %n scenario(s)</source>
        <translation>
            <numerusform>%n Szenario importiert</numerusform>
            <numerusform>%n Szenarien importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="515"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/scenarios/ScenariosArea.cpp" line="518"/>
        <source>Exported %n scenario(s) to %1</source>
        <translation>
            <numerusform>%n Szenario nach %1 exportiert</numerusform>
            <numerusform>%n Szenarien nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::Sensitivity</name>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="55"/>
        <source>the change must be above 0% and at most 100%, not %1%</source>
        <translation>die Änderung muss über 0 % und höchstens 100 % liegen, nicht %1 %</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="70"/>
        <source>there is no parameter &apos;%1&apos;</source>
        <translation>es gibt keinen Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="96"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="154"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="155"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="156"/>
        <source>−%1%</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="157"/>
        <source>+%1%</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="160"/>
        <source>Metric at −</source>
        <translation>Metrik bei −</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="161"/>
        <source>Metric at +</source>
        <translation>Metrik bei +</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="162"/>
        <source>Effect −</source>
        <translation>Wirkung −</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="163"/>
        <source>Effect +</source>
        <translation>Wirkung +</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="164"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="168"/>
        <source>− not valid: %1</source>
        <translation>− ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Sensitivity.cpp" line="170"/>
        <source>+ not valid: %1</source>
        <translation>+ ungültig: %1</translation>
    </message>
</context>
<context>
    <name>mm::SensitivityPage</name>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="32"/>
        <source>&amp;Run Sensitivity</source>
        <translation>&amp;Sensitivität berechnen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="35"/>
        <source>Filter parameters</source>
        <translation>Parameter filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="39"/>
        <source>Parameters to move</source>
        <translation>Zu variierende Parameter</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="48"/>
        <source>&amp;Goal Seek…</source>
        <translation>Ziel&amp;wertsuche…</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="50"/>
        <source>Find the value of the selected parameter that reaches a target</source>
        <translation>Den Wert des ausgewählten Parameters finden, der einen Zielwert erreicht</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="51"/>
        <source>Tick the parameters to move (20 common ones are ticked), choose the metric, then Run. Each parameter is moved down and up from the scenario&apos;s value with the same seed, so each bar is that parameter&apos;s effect alone.</source>
        <translation>Kreuzen Sie die zu variierenden Parameter an (20 gängige sind angekreuzt), wählen Sie die Metrik und dann „Sensitivität berechnen“. Jeder Parameter wird mit demselben Seed vom Wert des Szenarios aus nach unten und oben verschoben, daher zeigt jeder Balken allein die Wirkung dieses Parameters.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="60"/>
        <source>Sensitivity of the metric to each parameter</source>
        <translation>Sensitivität der Metrik gegenüber jedem Parameter</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="64"/>
        <source>Tornado chart of the parameters&apos; effects</source>
        <translation>Tornado-Diagramm der Parameterwirkungen</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="67"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="74"/>
        <source>&amp;Move by:</source>
        <translation>&amp;Variieren um:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="75"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="174"/>
        <source>Tick at least one parameter to move.</source>
        <translation>Kreuzen Sie mindestens einen zu variierenden Parameter an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="183"/>
        <source>Moving %n parameter(s) down and up…</source>
        <translation>
            <numerusform>%n Parameter wird nach unten und oben verschoben…</numerusform>
            <numerusform>%n Parameter werden nach unten und oben verschoben…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="197"/>
        <source>The sensitivity run</source>
        <translation>Die Sensitivitätsanalyse</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="202"/>
        <source>%1 (%2) is %3 on %4. Bars: the change when each parameter is %5% lower (red) or higher (blue); %6 forecasts.</source>
        <translation>%1 (%2) beträgt %3 für %4. Balken: die Änderung, wenn jeder Parameter um %5 % niedriger (rot) oder höher (blau) ist; %6 Prognosen.</translation>
    </message>
    <message>
        <location filename="../src/ui/scenarios/SensitivityPage.cpp" line="206"/>
        <source>the stored economy</source>
        <translation>die gespeicherte Wirtschaft</translation>
    </message>
</context>
<context>
    <name>mm::ServerAddress</name>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="20"/>
        <source>reading the database address</source>
        <translation>Lesen der Datenbankadresse</translation>
    </message>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="31"/>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>der Port &apos;%1&apos; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="59"/>
        <source>a server address starts with postgresql://</source>
        <translation>eine Serveradresse beginnt mit postgresql://</translation>
    </message>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="68"/>
        <source>the address names no database; end it with /DATABASE</source>
        <translation>die Adresse nennt keine Datenbank; beenden Sie sie mit /DATENBANK</translation>
    </message>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="75"/>
        <location filename="../src/data/ServerAddress.cpp" line="118"/>
        <source>the address holds a password; put it in ~/.pgpass or the PGPASSWORD variable instead, where only you can read it</source>
        <translation>die Adresse enthält ein Passwort; legen Sie es stattdessen in ~/.pgpass oder die Variable PGPASSWORD, wo nur Sie es lesen können</translation>
    </message>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="85"/>
        <source>the address has an unclosed &apos;[&apos; around its host</source>
        <translation>die Adresse hat ein nicht geschlossenes &apos;[&apos; um ihren Host</translation>
    </message>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="91"/>
        <source>unexpected text after the host: &apos;%1&apos;</source>
        <translation>unerwarteter Text nach dem Host: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="122"/>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="127"/>
        <source>the sslrootcert path &apos;%1&apos; is empty or holds a space or one of &apos; &quot; \ ; &amp; ? # %; move the file to a plain path</source>
        <translation>der sslrootcert-Pfad &apos;%1&apos; ist leer oder enthält ein Leerzeichen oder eines von &apos; &quot; \ ; &amp; ? # %; legen Sie die Datei unter einen einfachen Pfad</translation>
    </message>
    <message>
        <location filename="../src/data/ServerAddress.cpp" line="132"/>
        <source>unknown setting &apos;%1&apos; in the address (known: host, port, user, sslmode, sslrootcert)</source>
        <translation>unbekannte Einstellung &apos;%1&apos; in der Adresse (bekannt: host, port, user, sslmode, sslrootcert)</translation>
    </message>
</context>
<context>
    <name>mm::ServerOpen</name>
    <message>
        <location filename="../src/ui/shell/ServerOpen.cpp" line="23"/>
        <source>connecting was cancelled; nothing was opened</source>
        <translation>das Verbinden wurde abgebrochen; nichts wurde geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ServerOpen.cpp" line="35"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ServerOpen.cpp" line="71"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ServerOpen.cpp" line="86"/>
        <source>your login</source>
        <translation>Ihre Anmeldung</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ServerOpen.cpp" line="89"/>
        <source>Server Password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ServerOpen.cpp" line="93"/>
        <source>The server %1 asks for the password of %2.</source>
        <translation>Der Server %1 verlangt das Passwort von %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ServerOpen.cpp" line="94"/>
        <source>The password was not accepted. Try again, or cancel.</source>
        <translation>Das Passwort wurde nicht angenommen. Versuchen Sie es erneut oder brechen Sie ab.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/ServerOpen.cpp" line="97"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>mm::TierPolicyEditor</name>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="98"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="138"/>
        <source>price floor</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="140"/>
        <source>price ceiling</source>
        <translation>Höchstpreis</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="141"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="143"/>
        <source>pricing reference</source>
        <translation>Preisreferenz</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="145"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="147"/>
        <source>Research use only</source>
        <translation>Nur wissenschaftliche Nutzung</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="152"/>
        <source>%1 required use</source>
        <translation>Vorgeschriebene Nutzung %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="153"/>
        <source>Any use</source>
        <translation>Beliebige Nutzung</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="171"/>
        <source>deployment cap</source>
        <translation>Bereitstellungslimit</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="172"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="174"/>
        <source>Unlimited only</source>
        <translation>Nur unbegrenzt</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="175"/>
        <source>Every license of this tier allows unlimited deployments</source>
        <translation>Jede Lizenz dieser Stufe erlaubt unbegrenzte Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="177"/>
        <source>minimum buyer size</source>
        <translation>Mindestgröße des Käufers</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="179"/>
        <source>usage rate per 1,000 API calls</source>
        <translation>Nutzungstarif pro 1.000 API-Aufrufe</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="181"/>
        <source>term in months</source>
        <translation>Laufzeit in Monaten</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="182"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="183"/>
        <source>Perpetual</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="185"/>
        <source>Renewable</source>
        <translation>Verlängerbar</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="274"/>
        <source>price floor: %1</source>
        <translation>Mindestpreis: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="281"/>
        <source>pricing reference: %1</source>
        <translation>Preisreferenz: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="287"/>
        <source>price ceiling: %1</source>
        <translation>Höchstpreis: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="307"/>
        <source>usage rate: %1</source>
        <translation>Nutzungstarif: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="340"/>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="351"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="383"/>
        <source>Unsaved Tier Policies</source>
        <translation>Nicht gespeicherte Stufenregeln</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicyEditor.cpp" line="384"/>
        <source>The tier policies have changes that are not applied yet.</source>
        <translation>Die Stufenregeln enthalten Änderungen, die noch nicht übernommen wurden.</translation>
    </message>
</context>
<context>
    <name>mm::TierPolicySummary</name>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="23"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="26"/>
        <source>attribution required</source>
        <translation>Namensnennung erforderlich</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="28"/>
        <source>research use only</source>
        <translation>nur wissenschaftliche Nutzung</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="30"/>
        <source>%1 use only</source>
        <translation>nur Nutzung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="32"/>
        <source>any buyer</source>
        <translation>alle Käufer</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="37"/>
        <source>buyers: %1</source>
        <translation>Käufer: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="40"/>
        <source>at least %1 employees</source>
        <translation>mindestens %1 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="42"/>
        <source>unlimited deployments only</source>
        <translation>nur unbegrenzte Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="44"/>
        <source>deployment cap %1</source>
        <translation>Bereitstellungslimit %1</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="46"/>
        <source>unlimited deployments</source>
        <translation>unbegrenzte Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="48"/>
        <source>%1 per 1,000 calls</source>
        <translation>%1 pro 1.000 Aufrufe</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="51"/>
        <source>perpetual</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="53"/>
        <source>%1-month term, renewable</source>
        <translation>Laufzeit %1 Monate, verlängerbar</translation>
    </message>
    <message>
        <location filename="../src/ui/marketplace/TierPolicySummary.cpp" line="54"/>
        <source>%1-month term</source>
        <translation>Laufzeit %1 Monate</translation>
    </message>
</context>
<context>
    <name>mm::TrainingArea</name>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="80"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="95"/>
        <source>Training jobs</source>
        <translation>Trainingsaufträge</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="112"/>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="114"/>
        <source>Filter jobs by name</source>
        <translation>Aufträge nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="125"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="127"/>
        <source>&amp;New Job…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="128"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="130"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="131"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="132"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="133"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="135"/>
        <source>&amp;Cancel Job…</source>
        <translation>Auftrag a&amp;bbrechen…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="136"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="137"/>
        <source>Show &amp;Model</source>
        <translation>&amp;Modell anzeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="139"/>
        <source>Queue a new training job (Ctrl+Shift+N or Insert)</source>
        <translation>Einen neuen Trainingsauftrag einreihen (Strg+Umschalt+N oder Einfg)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="141"/>
        <source>Cancel the selected job; it is charged what it spent plus the cancellation fee</source>
        <translation>Den ausgewählten Auftrag abbrechen; berechnet werden die bisherigen Ausgaben plus die Stornogebühr</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="142"/>
        <source>Show the model this job trained in the catalog</source>
        <translation>Das von diesem Auftrag trainierte Modell im Katalog anzeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="85"/>
        <source>The jobs could not be read: %1</source>
        <translation>Die Aufträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="245"/>
        <source>%1 %2 of %3 in use</source>
        <translation>%1: %2 von %3 belegt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="248"/>
        <source> (%1 asked for by queued jobs)</source>
        <translation> (%1 von eingereihten Aufträgen angefordert)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="252"/>
        <source>%1: %2 running, %3 queued, %4 paused, %5 completed, %6 failed, %7 cancelled.
%8</source>
        <translation>%1: %2 laufend, %3 eingereiht, %4 pausiert, %5 abgeschlossen, %6 fehlgeschlagen, %7 abgebrochen.
%8</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="304"/>
        <source>The database is read-only: no job can be queued.</source>
        <translation>Die Datenbank ist schreibgeschützt: Es kann kein Auftrag eingereiht werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="313"/>
        <source>Queued the training of &apos;%1&apos;</source>
        <translation>Training von &apos;%1&apos; eingereiht</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="333"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="344"/>
        <source>Cannot pause: %1</source>
        <translation>Pausieren nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="354"/>
        <source>Cannot resume: %1</source>
        <translation>Fortsetzen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="364"/>
        <source>&apos;%1&apos; is %2; only queued, running or paused jobs can be cancelled.</source>
        <translation>&apos;%1&apos; hat den Status „%2“; nur eingereihte, laufende oder pausierte Aufträge können abgebrochen werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="379"/>
        <source>Cancel the training of &apos;%1&apos;?

It has spent %2 so far. Cancelling charges that plus the cancellation fee of %3% of the %4 not yet spent (%5): %6 in all.</source>
        <translation>Training von &apos;%1&apos; abbrechen?

Bisher wurden %2 ausgegeben. Beim Abbruch werden diese plus die Stornogebühr von %3 % der noch nicht ausgegebenen %4 (%5) berechnet: insgesamt %6.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="386"/>
        <source>Its %1 research points become available again.</source>
        <translation>Seine %1 Forschungspunkte werden wieder verfügbar.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="388"/>
        <source>Cancel Training Job</source>
        <translation>Trainingsauftrag abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="391"/>
        <source>Cancel &amp;Job</source>
        <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="392"/>
        <source>&amp;Keep Training</source>
        <translation>&amp;Weiter trainieren</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="399"/>
        <source>Cannot cancel: %1</source>
        <translation>Abbrechen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingArea.cpp" line="402"/>
        <source>Cancelled the training of &apos;%1&apos;</source>
        <translation>Training von &apos;%1&apos; abgebrochen</translation>
    </message>
</context>
<context>
    <name>mm::TrainingCommands</name>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="28"/>
        <source>the training job no longer exists</source>
        <translation>der Trainingsauftrag existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="29"/>
        <source>training job %1</source>
        <translation>Trainingsauftrag %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="40"/>
        <source>it changed meanwhile (it is %1 now)</source>
        <translation>der Auftrag wurde zwischenzeitlich geändert (jetzt Status „%1“)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="50"/>
        <source>the research project no longer exists</source>
        <translation>das Forschungsprojekt existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="53"/>
        <source>it was changed by someone else meanwhile</source>
        <translation>das Projekt wurde zwischenzeitlich von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="63"/>
        <source>queue training of &apos;%1&apos;</source>
        <translation>Training von &apos;%1&apos; einreihen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="94"/>
        <source>pause training of &apos;%1&apos;</source>
        <translation>Training von &apos;%1&apos; pausieren</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="95"/>
        <source>resume training of &apos;%1&apos;</source>
        <translation>Training von &apos;%1&apos; fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="128"/>
        <source>cancel training of &apos;%1&apos;</source>
        <translation>Training von &apos;%1&apos; abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="163"/>
        <source>add research project &apos;%1&apos;</source>
        <translation>Forschungsprojekt &apos;%1&apos; hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingCommands.cpp" line="208"/>
        <source>delete research project &apos;%1&apos;</source>
        <translation>Forschungsprojekt &apos;%1&apos; löschen</translation>
    </message>
</context>
<context>
    <name>mm::TrainingEstimator</name>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="106"/>
        <source>the economy has no such size class</source>
        <translation>die Wirtschaft hat diese Größenklasse nicht</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="111"/>
        <source>the parameter count must be positive</source>
        <translation>die Parameteranzahl muss positiv sein</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="114"/>
        <source>%1 parameters is outside the %2 class&apos;s range of %3 to %4</source>
        <translation>%1 Parameter liegen außerhalb des Bereichs der Klasse %2 von %3 bis %4</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="120"/>
        <source>the dataset must have at least one token</source>
        <translation>der Datensatz muss mindestens ein Token haben</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="124"/>
        <source>unknown GPU type &apos;%1&apos;</source>
        <translation>unbekannter GPU-Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="127"/>
        <source>a training job needs at least one GPU</source>
        <translation>ein Trainingsauftrag braucht mindestens eine GPU</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="131"/>
        <source>a team cannot have a negative number of people</source>
        <translation>ein Team kann keine negative Personenzahl haben</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="134"/>
        <source>the team is too large to plan for</source>
        <translation>das Team ist zu groß für die Planung</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="138"/>
        <source>a training job needs at least one person on the team</source>
        <translation>ein Trainingsauftrag braucht mindestens eine Person im Team</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="141"/>
        <source>research points cannot be negative</source>
        <translation>Forschungspunkte dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="160"/>
        <source>this run is too large to estimate</source>
        <translation>dieser Lauf ist zu groß für eine Schätzung</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="168"/>
        <source>the dataset is too large to price</source>
        <translation>der Datensatz ist zu groß für eine Preisberechnung</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="173"/>
        <source>the team cost is too large</source>
        <translation>die Teamkosten sind zu hoch</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="180"/>
        <source>the total cost is too large</source>
        <translation>die Gesamtkosten sind zu hoch</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="201"/>
        <source>The dataset is small for %1 parameters: %2 tokens per parameter, %3 would be ideal.</source>
        <translation>Der Datensatz ist klein für %1 Parameter: %2 Tokens pro Parameter, ideal wären %3.</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="210"/>
        <source>%1 %2 GPUs exceed the studio&apos;s capacity of %3; the job cannot start.</source>
        <translation>%1 GPUs vom Typ %2 übersteigen die Kapazität des Studios von %3; der Auftrag kann nicht starten.</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="217"/>
        <source>The cost %1 is above the %2 class&apos;s range (up to %3).</source>
        <translation>Die Kosten von %1 liegen über dem Bereich der Klasse %2 (bis %3).</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="224"/>
        <source>The cost %1 is below the %2 class&apos;s range (from %3).</source>
        <translation>Die Kosten von %1 liegen unter dem Bereich der Klasse %2 (ab %3).</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="232"/>
        <source>%1 days is outside the %2 class&apos;s usual %3–%4 days.</source>
        <translation>%1 Tage liegen außerhalb der für die Klasse %2 üblichen %3–%4 Tage.</translation>
    </message>
    <message>
        <location filename="../src/core/TrainingEstimator.cpp" line="293"/>
        <source>the run diverged after %1% of its schedule</source>
        <translation>der Lauf ist nach %1 % seines Zeitplans divergiert</translation>
    </message>
</context>
<context>
    <name>mm::TrainingJobDialog</name>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="43"/>
        <source>&amp;Queue Job</source>
        <translation>Auftrag ein&amp;reihen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="148"/>
        <source>of %1 available</source>
        <translation>von %1 verfügbar</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="163"/>
        <source>%1 — %2 TFLOP/s, %3 per GPU-hour, %4 of %5 free</source>
        <translation>%1 — %2 TFLOP/s, %3 pro GPU-Stunde, %4 von %5 frei</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="212"/>
        <source>%1 (not in the economy)</source>
        <translation>%1 (nicht in der Wirtschaft)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="252"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="256"/>
        <source>Dataset tokens</source>
        <translation>Datensatz-Tokens</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="271"/>
        <source>enter a whole number from 0 to %1</source>
        <translation>geben Sie eine ganze Zahl von 0 bis %1 ein</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="272"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="278"/>
        <source>Give the model a name.</source>
        <translation>Geben Sie dem Modell einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="280"/>
        <source>A training job for a model named &apos;%1&apos; is already in progress.</source>
        <translation>Ein Trainingsauftrag für ein Modell namens &apos;%1&apos; läuft bereits.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="285"/>
        <source>The catalog already has a model named &apos;%1&apos;.</source>
        <translation>Der Katalog enthält bereits ein Modell namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="296"/>
        <source>The economy could not be read: %1</source>
        <translation>Die Wirtschaft konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="319"/>
        <source>The studio has only %1 GPUs of type %2; the job could never start.</source>
        <translation>Das Studio hat nur %1 GPUs vom Typ %2; der Auftrag könnte nie starten.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="322"/>
        <source>%1 research points asked for, but only %2 are available.</source>
        <translation>%1 Forschungspunkte angefordert, aber nur %2 sind verfügbar.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="338"/>
        <source>%1 allows %2 to %3</source>
        <translation>%1 erlaubt %2 bis %3</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="347"/>
        <source>%1 tokens per parameter (%2 is ideal)</source>
        <translation>%1 Tokens pro Parameter (ideal: %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="372"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="385"/>
        <source>+%1 quality points</source>
        <translation>+%1 Qualitätspunkte</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="387"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../src/ui/training/TrainingJobDialog.cpp" line="437"/>
        <source>Cannot Queue the Job</source>
        <translation>Auftrag kann nicht eingereiht werden</translation>
    </message>
</context>
<context>
    <name>mm::TrainingJobUndo</name>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="22"/>
        <source>training job %1 (&apos;%2&apos;)</source>
        <translation>Trainingsauftrag %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="30"/>
        <source>the training job no longer exists</source>
        <translation>der Trainingsauftrag existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="31"/>
        <source>training job %1</source>
        <translation>Trainingsauftrag %1</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="45"/>
        <location filename="../src/data/TrainingJobUndo.cpp" line="61"/>
        <source>taking back training job %1</source>
        <translation>Zurücknehmen von Trainingsauftrag %1</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="55"/>
        <source>it has already trained for %1 days; cancel it instead</source>
        <translation>der Auftrag hat bereits %1 Tage trainiert; brechen Sie ihn stattdessen ab</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="57"/>
        <source>it is %1 now; only a job that has not trained yet can be taken back</source>
        <translation>der Auftrag hat jetzt den Status „%1“; nur ein Auftrag, der noch nicht trainiert hat, kann zurückgenommen werden</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="69"/>
        <source>restoring training job %1</source>
        <translation>Wiederherstellen von Trainingsauftrag %1</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="76"/>
        <source>it changed meanwhile (it is %1 now, %2 days trained)</source>
        <translation>der Auftrag wurde zwischenzeitlich geändert (jetzt Status „%1“, %2 Tage trainiert)</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="96"/>
        <source>its %1 GPUs of type %2 are in use by other jobs now</source>
        <translation>die %1 GPUs vom Typ %2 des Auftrags werden jetzt von anderen Aufträgen belegt</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingJobUndo.cpp" line="116"/>
        <source>its %1 research points were spent on other jobs meanwhile</source>
        <translation>die %1 Forschungspunkte des Auftrags wurden zwischenzeitlich für andere Aufträge verwendet</translation>
    </message>
</context>
<context>
    <name>mm::TrainingService</name>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="299"/>
        <source>queuing the training of &apos;%1&apos;</source>
        <translation>Einreihen des Trainings von &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="301"/>
        <source>a training job needs the name of the model it trains</source>
        <translation>ein Trainingsauftrag braucht den Namen des Modells, das er trainiert</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="304"/>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="324"/>
        <source>%1 GPUs of type %2 can never run at once: the studio has %3</source>
        <translation>%1 GPUs vom Typ %2 können nie gleichzeitig laufen: Das Studio hat %3</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="334"/>
        <source>%1 research points asked for, but only %2 are available</source>
        <translation>%1 Forschungspunkte angefordert, aber nur %2 sind verfügbar</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="344"/>
        <source>a model named &apos;%1&apos; already exists</source>
        <translation>ein Modell namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="354"/>
        <source>training job %1 is already training a model named &apos;%2&apos;</source>
        <translation>Trainingsauftrag %1 trainiert bereits ein Modell namens &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="378"/>
        <source>the clock moves forward by 1 to %1 days, not %2</source>
        <translation>die Uhr kann nur um 1 bis %1 Tage vorgestellt werden, nicht um %2</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="382"/>
        <source>advancing the game clock by %1 days</source>
        <translation>Vorstellen der Spieluhr um %1 Tage</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="440"/>
        <source>pausing training job %1</source>
        <translation>Pausieren von Trainingsauftrag %1</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="51"/>
        <source>there is no training job %1</source>
        <translation>Trainingsauftrag %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="34"/>
        <source>training job %1 (&apos;%2&apos;)</source>
        <translation>Trainingsauftrag %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="64"/>
        <source>reading the training queue</source>
        <translation>Lesen der Trainingswarteschlange</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="227"/>
        <source>the economy no longer accepts its inputs: %1</source>
        <translation>die Wirtschaft akzeptiert die Eingaben des Auftrags nicht mehr: %1</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="444"/>
        <source>the job is %1; only queued or running jobs can be paused</source>
        <translation>der Auftrag hat den Status „%1“; nur eingereihte oder laufende Aufträge können pausiert werden</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="462"/>
        <source>resuming training job %1</source>
        <translation>Fortsetzen von Trainingsauftrag %1</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="466"/>
        <source>the job is %1; only paused jobs can be resumed</source>
        <translation>der Auftrag hat den Status „%1“; nur pausierte Aufträge können fortgesetzt werden</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="484"/>
        <source>cancelling training job %1</source>
        <translation>Abbrechen von Trainingsauftrag %1</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="489"/>
        <source>the job is %1; only queued, running or paused jobs can be cancelled</source>
        <translation>der Auftrag hat den Status „%1“; nur eingereihte, laufende oder pausierte Aufträge können abgebrochen werden</translation>
    </message>
    <message>
        <location filename="../src/data/TrainingService.cpp" line="531"/>
        <source>counting training jobs</source>
        <translation>Zählen der Trainingsaufträge</translation>
    </message>
</context>
<context>
    <name>mm::Workspace</name>
    <message>
        <location filename="../src/ui/shell/Workspace.cpp" line="55"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/Workspace.cpp" line="56"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/Workspace.cpp" line="63"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/Workspace.cpp" line="64"/>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/Workspace.cpp" line="75"/>
        <source>Undo to “%1”</source>
        <translation>Rückgängig bis „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/Workspace.cpp" line="75"/>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/Workspace.cpp" line="76"/>
        <source>Redo to “%1”</source>
        <translation>Wiederholen bis „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/Workspace.cpp" line="159"/>
        <source>Lost the connection to the server %1: %2. Reconnecting…</source>
        <translation>Die Verbindung zum Server %1 ist abgebrochen: %2. Neue Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/Workspace.cpp" line="192"/>
        <source>Connected to the server %1 again; everything shown was read again.</source>
        <translation>Wieder mit dem Server %1 verbunden; alles Angezeigte wurde neu gelesen.</translation>
    </message>
</context>
<context>
    <name>mm::WorkspaceCommand</name>
    <message>
        <location filename="../src/ui/shell/WorkspaceCommand.cpp" line="21"/>
        <source>the database is read-only</source>
        <translation>die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/WorkspaceCommand.cpp" line="61"/>
        <source>Cannot %1: %2</source>
        <translation>%1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>mm::WriteGate</name>
    <message>
        <location filename="../src/ui/shell/WriteGate.cpp" line="47"/>
        <source>Stopped waiting: %1 not made, nothing was changed.</source>
        <translation>Warten beendet: %1 nicht ausgeführt, nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/WriteGate.cpp" line="99"/>
        <source>Cannot %1: %2</source>
        <translation>%1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/WriteGate.cpp" line="112"/>
        <source>Waiting (%1): another program is writing to %2</source>
        <translation>Wartet (%1): ein anderes Programm schreibt in %2</translation>
    </message>
    <message>
        <location filename="../src/ui/shell/WriteGate.cpp" line="122"/>
        <source>Cannot %1: another program kept %2 locked for %3 s. Nothing was changed; try again when it has finished writing.</source>
        <translation>%1 nicht möglich: ein anderes Programm hielt %2 %3 s lang gesperrt. Nichts wurde geändert; versuchen Sie es erneut, wenn es mit dem Schreiben fertig ist.</translation>
    </message>
</context>
<context>
    <name>mm::areaWidgets</name>
    <message>
        <location filename="../src/ui/shell/AreaWidgets.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mm::cli</name>
    <message>
        <location filename="../src/app/cli/Cli.cpp" line="51"/>
        <source>Usage: modelmarket [--db PATH] [FILE]
       modelmarket [--db PATH] [--format table|csv|json] SUBCOMMAND [ARGS]

Without a subcommand the window opens on the database (default: %1).

Subcommands (no display needed):
  init [--empty]                         create the database; with the demo economy unless --empty
  import catalog|buyers|licenses FILE    import a CSV file, all rows or none
  export catalog|buyers|licenses [FILE]  export as CSV (standard output without FILE)
  export economy [FILE]                  export the whole economy as JSON
  import economy FILE [--replace]        load a whole economy from JSON
  report revenue --by tier|month|model|buyer-type [--from DATE] [--to DATE]
  check                                  integrity, foreign keys and domain rules
  generate --models N --buyers N --licenses N [--seed S] [--months M] [--no-usage]
  list --model NAME [--tiers KEY,...] [--price-KEY AMOUNT]...  offer a completed model;
                                         tiers without a price get the recommended one
  list --model NAME --unlist KEY,...     withdraw the model from tiers
  sell --model NAME --buyer NAME --tier open_source|academic|commercial|enterprise
       [--use research|business] [--deployments N|unlimited] [--calls N]
       [--no-attribution] [--date YYYY-MM-DD]  sell a license (sell --help)
  train --name NAME --size small|medium|large|frontier [...]  queue a training job (train --help)
  clock [show] | clock advance --days N  show the game date and queue, or run the clock
  market [show|on|off]                   whether the clock plays the market; the labs
  simulate [--months N] [--runs N] [--seed S] [--by tier|month|lab|size-class]
                                         Monte Carlo forecast (simulate --help)
  simulate --scenario NAME [--scenario NAME]... [--by tier|year]
                                         scenarios side by side with the base
  scenario parameters|list|create|duplicate|rename|set|unset|show|export|import|delete
                                         what-if overrides of the config (scenario --help)
  sensitivity --metric METRIC [--parameter PATH]... [--percent P] [--scenario NAME]
                                         each parameter&apos;s effect, largest first
  goal-seek --parameter PATH --metric METRIC --target VALUE [--apply --scenario NAME]
                                         the value that reaches a target (goal-seek --help)
  balance list|add|remove|check          bounds the forecast must keep (balance --help)
  diff A B                               what changed between two economies (databases or
                                         economy JSON); exit 1 when they differ (diff --help)
  copy --from DATABASE --to DATABASE [--replace]
                                         the whole economy from one database (file or server)
                                         to another (copy --help)

Options:
  --db PATH        the database file, or a PostgreSQL database as
                   postgresql://USER@HOST:PORT/DBNAME (docs/team-server.md)
  --format FORMAT  table (default), csv or json, for report and diff output
  --help           this text
  --version        the version

Exit codes: 0 ok, 1 input rejected (nothing written), 2 usage error, 3 database error.
</source>
        <translation>Aufruf: modelmarket [--db PFAD] [DATEI]
        modelmarket [--db PFAD] [--format table|csv|json] UNTERBEFEHL [ARGUMENTE]

Ohne Unterbefehl öffnet sich das Fenster mit der Datenbank (Standard: %1).

Unterbefehle (ohne Anzeige nutzbar):
  init [--empty]                         Datenbank anlegen; mit der Demo-Wirtschaft, außer bei --empty
  import catalog|buyers|licenses DATEI   eine CSV-Datei importieren, alle Zeilen oder keine
  export catalog|buyers|licenses [DATEI] als CSV exportieren (ohne DATEI auf die Standardausgabe)
  export economy [DATEI]                 die gesamte Wirtschaft als JSON exportieren
  import economy DATEI [--replace]       eine gesamte Wirtschaft aus JSON laden
  report revenue --by tier|month|model|buyer-type [--from DATUM] [--to DATUM]
  check                                  Integrität, Fremdschlüssel und Domänenregeln
  generate --models N --buyers N --licenses N [--seed S] [--months M] [--no-usage]
  list --model NAME [--tiers STUFE,...] [--price-STUFE BETRAG]...  ein abgeschlossenes Modell
                                         anbieten; Stufen ohne Preis erhalten den empfohlenen
  list --model NAME --unlist STUFE,...   das Modell aus Stufen zurückziehen
  sell --model NAME --buyer NAME --tier open_source|academic|commercial|enterprise
       [--use research|business] [--deployments N|unlimited] [--calls N]
       [--no-attribution] [--date JJJJ-MM-TT]  eine Lizenz verkaufen (sell --help)
  train --name NAME --size small|medium|large|frontier [...]  einen Trainingsauftrag einreihen (train --help)
  clock [show] | clock advance --days N  Spieldatum und Warteschlange anzeigen oder die Uhr laufen lassen
  market [show|on|off]                   ob die Uhr den Markt simuliert; die Labore
  simulate [--months N] [--runs N] [--seed S] [--by tier|month|lab|size-class]
                                         Monte-Carlo-Prognose (simulate --help)
  simulate --scenario NAME [--scenario NAME]... [--by tier|year]
                                         Szenarien neben der Basis
  scenario parameters|list|create|duplicate|rename|set|unset|show|export|import|delete
                                         Was-wäre-wenn-Überschreibungen der Konfiguration (scenario --help)
  sensitivity --metric METRIK [--parameter PFAD]... [--percent P] [--scenario NAME]
                                         Wirkung jedes Parameters, größte zuerst
  goal-seek --parameter PFAD --metric METRIK --target WERT [--apply --scenario NAME]
                                         der Wert, der einen Zielwert erreicht (goal-seek --help)
  balance list|add|remove|check          Grenzen, die die Prognose einhalten muss (balance --help)
  diff A B                               was sich zwischen zwei Wirtschaften geändert hat
                                         (Datenbanken oder Wirtschafts-JSON); Exit-Code 1,
                                         wenn sie sich unterscheiden (diff --help)
  copy --from DATENBANK --to DATENBANK [--replace]
                                         die ganze Wirtschaft von einer Datenbank (Datei oder Server)
                                         in eine andere (copy --help)

Optionen:
  --db PFAD        die Datenbankdatei, oder eine PostgreSQL-Datenbank als
                   postgresql://BENUTZER@HOST:PORT/DBNAME (docs/team-server.md)
  --format FORMAT  table (Standard), csv oder json, für Berichts- und diff-Ausgaben
  --help           dieser Text
  --version        die Version

Exit-Codes: 0 ok, 1 Eingabe abgelehnt (nichts geschrieben), 2 Aufruffehler, 3 Datenbankfehler.
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/Cli.cpp" line="149"/>
        <source>error: %1 needs a value</source>
        <translation>Fehler: %1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../src/app/cli/Cli.cpp" line="171"/>
        <source>error: unknown subcommand or option &apos;%1&apos; (see --help)</source>
        <translation>Fehler: unbekannter Unterbefehl oder unbekannte Option &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/Cli.cpp" line="187"/>
        <source>error: --format must be table, csv or json, not &apos;%1&apos;</source>
        <translation>Fehler: --format muss table, csv oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="146"/>
        <source>Opened %1 (schema version %2)
</source>
        <translation>%1 geöffnet (Schemaversion %2)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="147"/>
        <source>Created %1 (schema version %2)
</source>
        <translation>%1 angelegt (Schemaversion %2)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="155"/>
        <source>usage: import catalog|buyers|licenses|economy FILE</source>
        <translation>Aufruf: import catalog|buyers|licenses|economy DATEI</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="158"/>
        <source>no such file: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="160"/>
        <source>%1 is larger than the %2 MB an import accepts</source>
        <translation>%1 ist größer als die %2 MB, die ein Import annimmt</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="72"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="90"/>
        <source>%1 is read-only; nothing was written</source>
        <translation>%1 ist schreibgeschützt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="99"/>
        <source>no database at %1 (run &apos;modelmarket init&apos; first)</source>
        <translation>keine Datenbank unter %1 (führen Sie zuerst &apos;modelmarket init&apos; aus)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="107"/>
        <source> (run &apos;modelmarket --db %1 init&apos; once, then try again)</source>
        <translation> (führen Sie einmal „modelmarket --db %1 init“ aus und versuchen Sie es dann erneut)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="145"/>
        <source>Ready: %1 (schema version %2)
</source>
        <translation>Bereit: %1 (Schemaversion %2)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="176"/>
        <source>Imported the economy from %1
</source>
        <translation>Wirtschaft aus %1 importiert
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="184"/>
        <source>cannot import &apos;%1&apos;: use catalog, buyers, licenses or economy</source>
        <translation>&apos;%1&apos; kann nicht importiert werden: verwenden Sie catalog, buyers, licenses oder economy</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="191"/>
        <source>warning: unknown column &apos;%1&apos; ignored</source>
        <translation>Warnung: unbekannte Spalte &apos;%1&apos; ignoriert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/cli/CliCommands.cpp" line="195"/>
        <source>%n row problem(s); nothing was imported</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile; es wurde nichts importiert</numerusform>
            <numerusform>%n fehlerhafte Zeilen; es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="205"/>
        <source>usage: export catalog|buyers|licenses|economy [FILE]</source>
        <translation>Aufruf: export catalog|buyers|licenses|economy [DATEI]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="211"/>
        <source>cannot export &apos;%1&apos;: use catalog, buyers, licenses or economy</source>
        <translation>&apos;%1&apos; kann nicht exportiert werden: verwenden Sie catalog, buyers, licenses oder economy</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="224"/>
        <location filename="../src/app/cli/CliCommands.cpp" line="245"/>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="230"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="229"/>
        <source>cannot write to standard output</source>
        <translation>die Standardausgabe kann nicht beschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="281"/>
        <source>--from needs a date like 2024-03 or 2024-03-15, not &apos;%1&apos;</source>
        <translation>--from braucht ein Datum wie 2024-03 oder 2024-03-15, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="288"/>
        <source>--to needs a date like 2024-03 or 2024-03-15, not &apos;%1&apos;</source>
        <translation>--to braucht ein Datum wie 2024-03 oder 2024-03-15, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="321"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="335"/>
        <source>ok: %1 passed integrity, foreign key and domain checks
</source>
        <translation>ok: %1 hat die Integritäts-, Fremdschlüssel- und Domänenprüfungen bestanden
</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/cli/CliCommands.cpp" line="342"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n Problem gefunden</numerusform>
            <numerusform>%n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="367"/>
        <source>%1 needs a whole number ≥ 0, not &apos;%2&apos;</source>
        <translation>%1 braucht eine ganze Zahl ≥ 0, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="373"/>
        <source>usage: generate --models N --buyers N --licenses N [--seed S] [--months M] [--no-usage]</source>
        <translation>Aufruf: generate --models N --buyers N --licenses N [--seed S] [--months M] [--no-usage]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="376"/>
        <source>--months must be between 1 and 600</source>
        <translation>--months muss zwischen 1 und 600 liegen</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="386"/>
        <source>counting models</source>
        <translation>Zählen der Modelle</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="391"/>
        <source>%1 already holds an economy; generate into a new file</source>
        <translation>%1 enthält bereits eine Wirtschaft; erzeugen Sie sie in eine neue Datei</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="62"/>
        <location filename="../src/app/cli/CliCommands.cpp" line="402"/>
        <source>%1% (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="256"/>
        <source>usage: report revenue --by tier|month|model|buyer-type|lab [--from DATE] [--to DATE]</source>
        <translation>Aufruf: report revenue --by tier|month|model|buyer-type|lab [--from DATUM] [--to DATUM]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="272"/>
        <source>--by must be tier, month, model, buyer-type or lab, not &apos;%1&apos;</source>
        <translation>--by muss tier, month, model, buyer-type oder lab sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="411"/>
        <source>Generated %1 models, %2 buyers and %3 licenses in %4
</source>
        <translation>%1 Modelle, %2 Käufer und %3 Lizenzen in %4 erzeugt
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="30"/>
        <source>usage: modelmarket sell --model NAME --buyer NAME
         --tier open_source|academic|commercial|enterprise
         [--use research|business] [--deployments N|unlimited] [--calls N]
         [--no-attribution] [--date YYYY-MM-DD]
Sells a license on a listed model at its listing price and takes the fee from the
buyer&apos;s budget. Defaults: research use for academic buyers, business otherwise; one
deployment (unlimited in a tier that sells unlimited deployments only); 0 API calls a
month; attribution accepted; the game date. A sale that breaks a tier rule is refused
with exit code 1 and &apos;error: refused (RULE): ...&apos;, and nothing is written.
</source>
        <translation>Aufruf: modelmarket sell --model NAME --buyer NAME
          --tier open_source|academic|commercial|enterprise
          [--use research|business] [--deployments N|unlimited] [--calls N]
          [--no-attribution] [--date JJJJ-MM-TT]
Verkauft eine Lizenz für ein angebotenes Modell zum Angebotspreis und zieht die Gebühr
vom Budget des Käufers ab. Standardwerte: Nutzung research für akademische Käufer,
sonst business; eine Bereitstellung (unbegrenzt in einer Lizenzstufe, die nur
unbegrenzte Bereitstellungen verkauft); 0 API-Aufrufe pro Monat; Namensnennung
akzeptiert; das Spieldatum. Ein Verkauf, der gegen eine Stufenregel verstößt, wird mit
Exit-Code 1 und &apos;Fehler: abgelehnt (REGEL): ...&apos; abgelehnt, und es wird nichts
geschrieben.
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="43"/>
        <source>usage: modelmarket list --model NAME [--tiers KEY,...] [--price-KEY AMOUNT]...
       modelmarket list --model NAME --unlist KEY,...
       modelmarket list --model NAME --show
Offers a completed model in license tiers (KEY: open_source, academic, commercial,
enterprise). A tier named in --tiers without --price-KEY gets the recommended price
for the model&apos;s quality and size; --price-KEY (e.g. --price-academic 5000, or 7.5k)
sets it and names the tier. A price outside the tier&apos;s range is refused and nothing
is written. --unlist withdraws the model from tiers; with no listing left it goes back
to Completed. Prints the model&apos;s listings afterwards.
</source>
        <translation>Aufruf: modelmarket list --model NAME [--tiers STUFE,...] [--price-STUFE BETRAG]...
        modelmarket list --model NAME --unlist STUFE,...
        modelmarket list --model NAME --show
Bietet ein abgeschlossenes Modell in Lizenzstufen an (STUFE: open_source, academic,
commercial, enterprise). Eine in --tiers genannte Stufe ohne --price-STUFE erhält den
für Qualität und Größe des Modells empfohlenen Preis; --price-STUFE (z. B.
--price-academic 5000 oder 7.5k) legt ihn fest und nennt damit die Stufe. Ein Preis
außerhalb der Spanne der Stufe wird abgelehnt, und es wird nichts geschrieben.
--unlist zieht das Modell aus Stufen zurück; bleibt kein Angebot übrig, erhält es
wieder den Status „Abgeschlossen“. Gibt danach die Angebote des Modells aus.
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="61"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="429"/>
        <location filename="../src/app/cli/SellCommands.cpp" line="66"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="431"/>
        <location filename="../src/app/cli/SellCommands.cpp" line="68"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CliCommands.cpp" line="443"/>
        <source>--format must be table, csv or json, not &apos;%1&apos;</source>
        <translation>--format muss table, csv oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="78"/>
        <source>refused (%1): %2</source>
        <translation>abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="109"/>
        <source>there is no model named &apos;%1&apos;</source>
        <translation>es gibt kein Modell namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="130"/>
        <source>&apos;%1&apos; is %2 and not listed in any tier
</source>
        <translation>&apos;%1&apos; hat den Status „%2“ und wird in keiner Lizenzstufe angeboten
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="159"/>
        <source>list needs --model NAME (see list --help)</source>
        <translation>list braucht --model NAME (siehe list --help)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="166"/>
        <location filename="../src/app/cli/SellCommands.cpp" line="198"/>
        <location filename="../src/app/cli/SellCommands.cpp" line="255"/>
        <source>&apos;%1&apos; is not a tier; use %2</source>
        <translation>&apos;%1&apos; ist keine Lizenzstufe; verwenden Sie %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="180"/>
        <source>--price-%1 needs an amount like 5000, 7.5k or $1.2M, not &apos;%2&apos;</source>
        <translation>--price-%1 braucht einen Betrag wie 5000, 7.5k oder $1.2M, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="189"/>
        <source>--unlist cannot be combined with --tiers or --price-KEY</source>
        <translation>--unlist kann nicht mit --tiers oder --price-STUFE kombiniert werden</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="192"/>
        <source>name the tiers with --tiers KEY,... or --price-KEY AMOUNT (see list --help)</source>
        <translation>nennen Sie die Stufen mit --tiers STUFE,... oder --price-STUFE BETRAG (siehe list --help)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="201"/>
        <source>--unlist needs at least one tier</source>
        <translation>--unlist braucht mindestens eine Lizenzstufe</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="218"/>
        <source>unlisting &apos;%1&apos;</source>
        <translation>Zurückziehen der Angebote von &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="250"/>
        <source>sell needs --model NAME, --buyer NAME and --tier KEY (see sell --help)</source>
        <translation>sell braucht --model NAME, --buyer NAME und --tier STUFE (siehe sell --help)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="265"/>
        <source>--use must be research or business, not &apos;%1&apos;</source>
        <translation>--use muss research oder business sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="277"/>
        <source>--deployments needs a whole number or &apos;unlimited&apos;, not &apos;%1&apos;</source>
        <translation>--deployments braucht eine ganze Zahl oder &apos;unlimited&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="287"/>
        <source>--calls needs a whole number of API calls a month ≥ 0, not &apos;%1&apos;</source>
        <translation>--calls braucht eine ganze Zahl an API-Aufrufen pro Monat ≥ 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="295"/>
        <source>--date needs a date like 2025-03-15, not &apos;%1&apos;</source>
        <translation>--date braucht ein Datum wie 2025-03-15, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SellCommands.cpp" line="309"/>
        <source>there is no buyer named &apos;%1&apos;</source>
        <translation>es gibt keinen Käufer namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="31"/>
        <source>usage: modelmarket train --name NAME --size small|medium|large|frontier
         [--architecture KEY] [--params N] [--tokens N] [--gpu-type KEY] [--gpus N]
         [--research N] [--seed S]
       modelmarket train pause|resume|cancel JOB_ID
Inputs left out come from the size class&apos;s template; without --seed a random seed is
chosen and printed. The job is queued on the game date and starts when its GPUs are
free; &apos;modelmarket clock advance --days N&apos; runs it.
</source>
        <translation>Aufruf: modelmarket train --name NAME --size small|medium|large|frontier
          [--architecture ARCHITEKTUR] [--params N] [--tokens N] [--gpu-type TYP]
          [--gpus N] [--research N] [--seed S]
        modelmarket train pause|resume|cancel AUFTRAGS_ID
Nicht angegebene Eingaben stammen aus der Vorlage der Größenklasse; ohne --seed wird
ein zufälliger Seed gewählt und ausgegeben. Der Auftrag wird zum Spieldatum eingereiht
und startet, sobald seine GPUs frei sind; &apos;modelmarket clock advance --days N&apos; lässt
ihn laufen.
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="42"/>
        <source>usage: modelmarket clock [show] | modelmarket clock advance --days N</source>
        <translation>Aufruf: modelmarket clock [show] | modelmarket clock advance --days N</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="62"/>
        <source>%1 needs a whole number, not &apos;%2&apos;</source>
        <translation>%1 braucht eine ganze Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="72"/>
        <source>running since %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="75"/>
        <source>queued on %1, waiting for %2 %3 GPUs</source>
        <translation>eingereiht am %1, wartet auf %2 GPUs vom Typ %3</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="142"/>
        <source>Queued training job %1: %2 (%3, %4), seed %5
</source>
        <translation>Trainingsauftrag %1 eingereiht: %2 (%3, %4), Seed %5
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="146"/>
        <source>  status:     %1
</source>
        <translation>  Status:     %1
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="147"/>
        <source>  inputs:     %1 parameters, %2 tokens, %3 x %4, %5 research points
</source>
        <translation>  Eingaben:   %1 Parameter, %2 Tokens, %3 x %4, %5 Forschungspunkte
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="152"/>
        <source>  cost:       compute %1, data %2, talent %3, total %4
</source>
        <translation>  Kosten:     Rechenleistung %1, Daten %2, Personal %3, gesamt %4
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="155"/>
        <source>  duration:   %1 days (estimate)
</source>
        <translation>  Dauer:      %1 Tage (Schätzung)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="156"/>
        <source>  composite:  p10 %1, p50 %2, p90 %3
</source>
        <translation>  Gesamtwert: p10 %1, p50 %2, p90 %3
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="159"/>
        <source>  research:   +%1 quality, failure chance %2%
</source>
        <translation>  Forschung:  +%1 Qualität, Ausfallrisiko %2 %
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="163"/>
        <source>  warning:    %1
</source>
        <translation>  Warnung:    %1
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="174"/>
        <source>a job id is a positive whole number, not &apos;%1&apos;</source>
        <translation>eine Auftrags-ID ist eine positive ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="186"/>
        <source>Cancelled training job %1 (%2); charged %3
</source>
        <translation>Trainingsauftrag %1 (%2) abgebrochen; berechnet: %3
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="190"/>
        <source>Training job %1 (%2) is %3
</source>
        <translation>Trainingsauftrag %1 (%2): %3
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="247"/>
        <source>Game date: %1 (advanced %2 days from %3)
</source>
        <translation>Spieldatum: %1 (um %2 Tage vorgestellt ab %3)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="252"/>
        <source>  started    %1  %2 (job %3)
</source>
        <translation>  gestartet       %1  %2 (Auftrag %3)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="256"/>
        <source>  completed  %1  %2 (job %3, model %4)
</source>
        <translation>  abgeschlossen   %1  %2 (Auftrag %3, Modell %4)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="261"/>
        <source>  failed     %1  %2 (job %3): %4
</source>
        <translation>  fehlgeschlagen  %1  %2 (Auftrag %3): %4
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="266"/>
        <source>  stalled    %1  %2 (job %3): %4
</source>
        <translation>  blockiert       %1  %2 (Auftrag %3): %4
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="271"/>
        <source>  usage accrued for %1: %2 charge(s) added
</source>
        <translation>  Nutzung für %1 abgerechnet: %2 Gebühr(en) hinzugefügt
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="276"/>
        <source>  licenses expired or renewed: %1
</source>
        <translation>  Lizenzen abgelaufen oder verlängert: %1
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="319"/>
        <source>Game date: %1
</source>
        <translation>Spieldatum: %1
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="323"/>
        <source>Training jobs: %1
</source>
        <translation>Trainingsaufträge: %1
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="325"/>
        <source>GPUs %1: %2 of %3 in use, %4 asked for by queued jobs
</source>
        <translation>GPUs %1: %2 von %3 belegt, %4 von eingereihten Aufträgen angefordert
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="357"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartet: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="363"/>
        <source>train needs --name NAME</source>
        <translation>train braucht --name NAME</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="366"/>
        <source>train needs --size small|medium|large|frontier</source>
        <translation>train braucht --size small|medium|large|frontier</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="369"/>
        <source>unknown size class &apos;%1&apos;: use %2</source>
        <translation>unbekannte Größenklasse &apos;%1&apos;: verwenden Sie %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="375"/>
        <source>unknown architecture &apos;%1&apos;: use %2</source>
        <translation>unbekannte Architektur &apos;%1&apos;: verwenden Sie %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="386"/>
        <source>%1 GPUs is more than any studio has</source>
        <translation>%1 GPUs sind mehr, als ein Studio haben kann</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="393"/>
        <source>--seed needs a whole number ≥ 0, not &apos;%1&apos;</source>
        <translation>--seed braucht eine ganze Zahl ≥ 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="458"/>
        <source>clock advance needs --days N</source>
        <translation>clock advance braucht --days N</translation>
    </message>
    <message>
        <location filename="../src/app/cli/TrainCommands.cpp" line="462"/>
        <source>--days needs a whole number, not &apos;%1&apos;</source>
        <translation>--days braucht eine ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="26"/>
        <source>usage: modelmarket simulate [--months N] [--runs N] [--seed S] [--threads N]
                            [--by tier|month|lab|size-class] [--progress]
  --months N   months ahead, 1-600 (default 36)
  --runs N     Monte Carlo runs, 1-100000 (default 1000)
  --seed S     the market seed (default: the economy&apos;s, so run 0 replays what the
               game clock will do)
  --threads N  worker threads (default: every core); the numbers do not depend on it
  --by         what the rows are (default tier)
  --progress   report finished runs on standard error
Prints p10, p50 and p90 over the runs. Reads the economy; writes nothing.</source>
        <translation>Aufruf: modelmarket simulate [--months N] [--runs N] [--seed S] [--threads N]
                             [--by tier|month|lab|size-class] [--progress]
  --months N   Monate voraus, 1-600 (Standard 36)
  --runs N     Monte-Carlo-Läufe, 1-100000 (Standard 1000)
  --seed S     der Markt-Seed (Standard: der Seed der Wirtschaft, sodass Lauf 0
               nachspielt, was die Spieluhr tun wird)
  --threads N  Worker-Threads (Standard: alle Kerne); die Zahlen hängen nicht davon ab
  --by         was die Zeilen sind (Standard tier)
  --progress   abgeschlossene Läufe auf der Standardfehlerausgabe melden
Gibt p10, p50 und p90 über die Läufe aus. Liest die Wirtschaft; schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="40"/>
        <source>       modelmarket simulate --scenario NAME [--scenario NAME]... [--by tier|year]
                            [--months N] [--runs N] [--seed S] [--threads N] [--progress]
  --scenario   compare up to 4 scenarios with the base economy, all on the same seed
  --by         with --scenario: tier (default) or year</source>
        <translation>        modelmarket simulate --scenario NAME [--scenario NAME]... [--by tier|year]
                             [--months N] [--runs N] [--seed S] [--threads N] [--progress]
  --scenario   bis zu 4 Szenarien mit der Basiswirtschaft vergleichen, alle mit demselben Seed
  --by         mit --scenario: tier (Standard) oder year</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="58"/>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="109"/>
        <source>Forecast from %1, %2 months, %3 runs (p10 / p50 / p90 over runs)
</source>
        <translation>Prognose ab %1, %2 Monate, %3 Läufe (p10 / p50 / p90 über die Läufe)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="149"/>
        <source>--by must be tier, month, lab or size-class, not &apos;%1&apos;</source>
        <translation>--by muss tier, month, lab oder size-class sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="41"/>
        <source>usage: modelmarket scenario parameters             every number a scenario may override
       modelmarket scenario list
       modelmarket scenario create NAME [--notes TEXT]
       modelmarket scenario duplicate NAME NEW_NAME
       modelmarket scenario rename NAME NEW_NAME
       modelmarket scenario set NAME PARAMETER VALUE  (VALUE - removes the override)
       modelmarket scenario unset NAME PARAMETER
       modelmarket scenario show NAME               base and scenario values side by side
       modelmarket scenario export [NAME]... [--output FILE]
       modelmarket scenario import FILE [--replace]
       modelmarket scenario delete NAME
A scenario is a named set of overrides on the stored economy config; the economy itself
never changes. Values are checked against the config: a refused one writes nothing.</source>
        <translation>Aufruf: modelmarket scenario parameters             jede Zahl, die ein Szenario überschreiben darf
        modelmarket scenario list
        modelmarket scenario create NAME [--notes TEXT]
        modelmarket scenario duplicate NAME NEUER_NAME
        modelmarket scenario rename NAME NEUER_NAME
        modelmarket scenario set NAME PARAMETER WERT  (WERT - entfernt die Überschreibung)
        modelmarket scenario unset NAME PARAMETER
        modelmarket scenario show NAME               Basis- und Szenariowerte nebeneinander
        modelmarket scenario export [NAME]... [--output DATEI]
        modelmarket scenario import DATEI [--replace]
        modelmarket scenario delete NAME
Ein Szenario ist ein benannter Satz von Überschreibungen der gespeicherten
Wirtschaftskonfiguration; die Wirtschaft selbst ändert sich nie. Werte werden gegen die
Konfiguration geprüft: ein abgelehnter Wert schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="59"/>
        <source>usage: modelmarket sensitivity --metric METRIC [--stat p10|p50|p90]
                               [--parameter PATH]... [--percent P] [--scenario NAME]
                               [--months N] [--runs N] [--seed S] [--threads N] [--progress]
  --metric     revenue@M, cumulative-revenue@M, tier-revenue:TIER@M, tier-share:TIER@M,
               payback:SIZE, lab-revenue:LAB@M or lab-share:LAB@M
  --parameter  a parameter to move (scenario parameters lists them); default: 20 usual ones
  --percent    how far each is moved down and up (default 10)
  --runs       runs per forecast (default 200); --months default 36
Every forecast uses the same seed, so each effect is the parameter&apos;s alone. Prints the
parameters largest effect first. Writes nothing.</source>
        <translation>Aufruf: modelmarket sensitivity --metric METRIK [--stat p10|p50|p90]
                                [--parameter PFAD]... [--percent P] [--scenario NAME]
                                [--months N] [--runs N] [--seed S] [--threads N] [--progress]
  --metric     revenue@M, cumulative-revenue@M, tier-revenue:TIER@M, tier-share:TIER@M,
               payback:SIZE, lab-revenue:LAB@M oder lab-share:LAB@M
  --parameter  ein zu variierender Parameter (scenario parameters listet sie auf);
               Standard: 20 übliche
  --percent    wie weit jeder nach unten und oben verschoben wird (Standard 10)
  --runs       Läufe pro Prognose (Standard 200); --months Standard 36
Jede Prognose verwendet denselben Seed, daher ist jede Wirkung allein die des Parameters.
Gibt die Parameter mit der größten Wirkung zuerst aus. Schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="76"/>
        <source>usage: modelmarket goal-seek --parameter PATH --metric METRIC --target VALUE
                             [--stat p10|p50|p90] [--from V --to V] [--scenario NAME]
                             [--apply] [--months N] [--runs N] [--seed S] [--threads N]
                             [--progress]
  --target     in the metric&apos;s unit: dollars 1234.56, percent 40, months 6
  --from/--to  the range searched (default: half to one and a half times the value)
  --apply      save the value found into --scenario NAME (only when the target is reached)
  --runs       runs per forecast (default 200); --months default 36
Exit 0 when the target is reached, 1 when it is out of reach.</source>
        <translation>Aufruf: modelmarket goal-seek --parameter PFAD --metric METRIK --target WERT
                              [--stat p10|p50|p90] [--from V --to V] [--scenario NAME]
                              [--apply] [--months N] [--runs N] [--seed S] [--threads N]
                              [--progress]
  --target     in der Einheit der Metrik: Dollar 1234.56, Prozent 40, Monate 6
  --from/--to  der durchsuchte Bereich (Standard: vom halben bis zum anderthalbfachen Wert)
  --apply      den gefundenen Wert in --scenario NAME speichern (nur wenn der Zielwert
               erreicht wird)
  --runs       Läufe pro Prognose (Standard 200); --months Standard 36
Exit-Code 0, wenn der Zielwert erreicht wird, 1, wenn er nicht erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="90"/>
        <source>usage: modelmarket balance list
       modelmarket balance add NAME --metric METRIC [--stat p10|p50|p90] [--min V] [--max V]
       modelmarket balance remove NAME
       modelmarket balance check [--scenario NAME] [--months N] [--runs N] [--seed S]
                                 [--threads N] [--progress]
Bounds are in the metric&apos;s unit: dollars 1234.56, percent 40, months 6. check runs a
forecast (500 runs unless --runs) and exits 1 when any rule fails.</source>
        <translation>Aufruf: modelmarket balance list
        modelmarket balance add NAME --metric METRIK [--stat p10|p50|p90] [--min V] [--max V]
        modelmarket balance remove NAME
        modelmarket balance check [--scenario NAME] [--months N] [--runs N] [--seed S]
                                  [--threads N] [--progress]
Grenzen sind in der Einheit der Metrik angegeben: Dollar 1234.56, Prozent 40, Monate 6.
check berechnet eine Prognose (500 Läufe, außer bei --runs) und endet mit Exit-Code 1,
wenn eine Regel verletzt ist.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="126"/>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="156"/>
        <source>--seed needs a whole number, not &apos;%1&apos;</source>
        <translation>--seed braucht eine ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="138"/>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="172"/>
        <source>simulated %1 of %2 runs</source>
        <translation>%1 von %2 Läufen simuliert</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="151"/>
        <source>--metric is needed</source>
        <translation>--metric wird benötigt</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="160"/>
        <source>--stat must be p10, p50 or p90, not &apos;%1&apos;</source>
        <translation>--stat muss p10, p50 oder p90 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="261"/>
        <source>No scenarios yet (modelmarket scenario create NAME makes one).
</source>
        <translation>Noch keine Szenarien (modelmarket scenario create NAME legt eines an).
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="291"/>
        <source>(not in the config)</source>
        <translation>(nicht in der Konfiguration)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="298"/>
        <source>Scenario &apos;%1&apos;</source>
        <translation>Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="300"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="303"/>
        <source>No overrides: it plays exactly as the base economy.
</source>
        <translation>Keine Überschreibungen: es verhält sich genau wie die Basiswirtschaft.
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="340"/>
        <source>%1: not a JSON object (at byte %2: %3)</source>
        <translation>%1: kein JSON-Objekt (bei Byte %2: %3)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="344"/>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="362"/>
        <source>Imported %n scenario(s) from %1</source>
        <translation>
            <numerusform>%n Szenario aus %1 importiert</numerusform>
            <numerusform>%n Szenarien aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="387"/>
        <source>Created scenario &apos;%1&apos;.</source>
        <translation>Szenario &apos;%1&apos; angelegt.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="398"/>
        <source>Copied &apos;%1&apos; as &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; als &apos;%2&apos; kopiert.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="402"/>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; umbenannt.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="411"/>
        <source>give a value, or - to remove the override</source>
        <translation>geben Sie einen Wert an oder -, um die Überschreibung zu entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="418"/>
        <source>%1: %2 = %3</source>
        <translation>%1: %2 = %3</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="419"/>
        <source>%1: %2 follows the base economy</source>
        <translation>%1: %2 folgt der Basiswirtschaft</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="424"/>
        <source>Deleted scenario &apos;%1&apos;.</source>
        <translation>Szenario &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="467"/>
        <source>scenario %1 takes no %2</source>
        <translation>scenario %1 akzeptiert kein %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="494"/>
        <source>simulate takes no arguments besides its options (simulate --help)</source>
        <translation>simulate akzeptiert außer seinen Optionen keine Argumente (simulate --help)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="503"/>
        <source>with --scenario, --by must be tier or year, not &apos;%1&apos;</source>
        <translation>mit --scenario muss --by tier oder year sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="506"/>
        <source>at most %1 scenarios can be compared at once, not %2</source>
        <translation>höchstens %1 Szenarien können gleichzeitig verglichen werden, nicht %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="536"/>
        <source>Scenarios against the base from %1, %2 months, %3 runs each, seed %4 (p10 / p50 / p90 over runs)
</source>
        <translation>Szenarien gegenüber der Basis ab %1, %2 Monate, je %3 Läufe, Seed %4 (p10 / p50 / p90 über die Läufe)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="580"/>
        <source>--percent must be above 0 and at most 100, not &apos;%1&apos;</source>
        <translation>--percent muss über 0 und höchstens 100 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="601"/>
        <source>Sensitivity of %1 (%2) to ±%3% on %4: %5 as it is; %6 forecasts of %7 runs × %8 months, seed %9; largest effect first
</source>
        <translation>Sensitivität von %1 (%2) gegenüber ±%3 % für %4: %5 im Ausgangszustand; %6 Prognosen mit %7 Läufen × %8 Monaten, Seed %9; größte Wirkung zuerst
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="605"/>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="872"/>
        <source>the base economy</source>
        <translation>die Basiswirtschaft</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="606"/>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="873"/>
        <source>scenario &apos;%1&apos;</source>
        <translation>Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="650"/>
        <source>--parameter, --metric and --target are needed</source>
        <translation>--parameter, --metric und --target werden benötigt</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="656"/>
        <source>--target: %1</source>
        <translation>--target: %1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="662"/>
        <source>--from and --to go together</source>
        <translation>--from und --to gehören zusammen</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="665"/>
        <source>--apply needs --scenario NAME: the value found is saved into a scenario, never into the economy</source>
        <translation>--apply braucht --scenario NAME: der gefundene Wert wird in einem Szenario gespeichert, nie in der Wirtschaft</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="717"/>
        <source>%1 = %2 (%3: p10 %4, p50 %5, p90 %6)</source>
        <translation>%1 = %2 (%3: p10 %4, p50 %5, p90 %6)</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="722"/>
        <source>%1 forecasts of %2 runs × %3 months, seed %4:</source>
        <translation>%1 Prognosen mit %2 Läufen × %3 Monaten, Seed %4:</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="737"/>
        <source>Saved %1 = %2 in scenario &apos;%3&apos;.</source>
        <translation>%1 = %2 in Szenario &apos;%3&apos; gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="756"/>
        <source>No balance rules yet (modelmarket balance add adds one).
</source>
        <translation>Noch keine Balance-Regeln (modelmarket balance add fügt eine hinzu).
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="783"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="788"/>
        <source>give --min, --max or both</source>
        <translation>geben Sie --min, --max oder beides an</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="794"/>
        <source>Added balance rule &apos;%1&apos;: %2, %3 %4.</source>
        <translation>Balance-Regel &apos;%1&apos; hinzugefügt: %2, %3 %4.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="811"/>
        <source>Removed balance rule &apos;%1&apos;.</source>
        <translation>Balance-Regel &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="828"/>
        <source>No balance rules to check (modelmarket balance add adds one).
</source>
        <translation>Keine Balance-Regeln zu prüfen (modelmarket balance add fügt eine hinzu).
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="871"/>
        <source>Balance of %1 from %2, %3 months, %4 runs, seed %5
</source>
        <translation>Balance für %1 ab %2, %3 Monate, %4 Läufe, Seed %5
</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="880"/>
        <source>%1 of %n balance rule(s) fail</source>
        <translation>
            <numerusform>%1 von %n Balance-Regel verletzt</numerusform>
            <numerusform>%1 von %n Balance-Regeln verletzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="884"/>
        <source>All %n balance rule(s) pass.</source>
        <translation>
            <numerusform>Die %n Balance-Regel ist erfüllt.</numerusform>
            <numerusform>Alle %n Balance-Regeln sind erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/cli/ScenarioCommands.cpp" line="912"/>
        <source>balance %1 takes no %2</source>
        <translation>balance %1 akzeptiert kein %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="182"/>
        <source>usage: modelmarket market [show|on|off]
  show  whether the game clock plays the market, and the labs
  on    buyers buy and rival labs release models as months pass
  off   the clock only charges usage and applies license terms</source>
        <translation>Aufruf: modelmarket market [show|on|off]
  show  ob die Spieluhr den Markt simuliert, und die Labore
  on    im Lauf der Monate kaufen Käufer, und konkurrierende Labore veröffentlichen Modelle
  off   die Uhr rechnet nur Nutzung ab und wendet Lizenzbedingungen an</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="207"/>
        <source>The game clock now plays the market.</source>
        <translation>Die Spieluhr simuliert jetzt den Markt.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="208"/>
        <source>The game clock no longer plays the market.</source>
        <translation>Die Spieluhr simuliert den Markt nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="239"/>
        <source>The game clock plays the market.</source>
        <translation>Die Spieluhr simuliert den Markt.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/SimulateCommands.cpp" line="240"/>
        <source>The game clock does not play the market.</source>
        <translation>Die Spieluhr simuliert den Markt nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/DiffCommands.cpp" line="29"/>
        <source>usage: modelmarket diff A B [--format table|csv|json]
       modelmarket --db FILE diff --scenario NAME [--format table|csv|json]

Compares two economies, each a ModelMarket database (read only) or an economy
JSON file (export economy), and lists every change from A to B: table, row
(its id, or its name for scenarios and balance rules), field (a config
parameter&apos;s path for the config), added, removed or changed, old and new value.

With --scenario: the stored economy against the scenario NAME, parameter by
parameter (listing price levels as listingPricePercent.TIER, 100 = as stored).

Exit codes: 0 the same, 1 different, 2 usage error, 3 a file cannot be read.
</source>
        <translation>Aufruf: modelmarket diff A B [--format table|csv|json]
       modelmarket --db DATEI diff --scenario NAME [--format table|csv|json]

Vergleicht zwei Wirtschaften, jede eine ModelMarket-Datenbank (nur gelesen) oder eine
Wirtschafts-JSON-Datei (export economy), und listet jede Änderung von A nach B: Tabelle,
Zeile (ihre ID, bei Szenarien und Balance-Regeln ihr Name), Feld (bei der Konfiguration
der Pfad des Parameters), added, removed oder changed, alter und neuer Wert.

Mit --scenario: die gespeicherte Wirtschaft gegen das Szenario NAME, Parameter für
Parameter (Preisniveaus der Angebote als listingPricePercent.STUFE, 100 = wie gespeichert).

Exit-Codes: 0 gleich, 1 verschieden, 2 Aufruffehler, 3 eine Datei kann nicht gelesen werden.
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/DiffCommands.cpp" line="129"/>
        <source>The economies are the same.
</source>
        <translation>Die Wirtschaften sind gleich.
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/DiffCommands.cpp" line="132"/>
        <source>Changes: %1 (%2 added, %3 removed, %4 changed)
</source>
        <translation>Änderungen: %1 (%2 hinzugefügt, %3 entfernt, %4 geändert)
</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CopyCommand.cpp" line="21"/>
        <source>usage: modelmarket copy --from DATABASE --to DATABASE [--replace]
Copies the whole economy; each DATABASE is a file or a postgresql:// address.
The target is created (a file) or set up (an empty server database) when needed; one that
already holds models, buyers or licenses is refused unless --replace.</source>
        <translation>Aufruf: modelmarket copy --from DATENBANK --to DATENBANK [--replace]
Kopiert die ganze Wirtschaft; jede DATENBANK ist eine Datei oder eine postgresql://-Adresse.
Das Ziel wird bei Bedarf angelegt (eine Datei) oder eingerichtet (eine leere Server-Datenbank); eines, das
schon Modelle, Käufer oder Lizenzen enthält, wird ohne --replace abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/app/cli/CopyCommand.cpp" line="43"/>
        <source>Copied the economy from %1 to %2
</source>
        <translation>Die Wirtschaft wurde von %1 nach %2 kopiert
</translation>
    </message>
</context>
<context>
    <name>mm::csv</name>
    <message>
        <location filename="../src/data/Csv.cpp" line="24"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="25"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="38"/>
        <source>U+%1 cannot separate fields: it already means a quote or a line break</source>
        <translation>U+%1 kann keine Felder trennen: es steht schon für ein Anführungszeichen oder einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="176"/>
        <source>more than %1 records</source>
        <translation>mehr als %1 Datensätze</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="185"/>
        <source>more than %1 columns in one row</source>
        <translation>mehr als %1 Spalten in einer Zeile</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="241"/>
        <source>the quoted field starting here is never closed (a &quot; is missing)</source>
        <translation>das hier beginnende Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt)</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="254"/>
        <source>text after the closing quote of a quoted field (a quote inside a quoted field is written &quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes (ein Anführungszeichen in einem Feld wird &quot;&quot; geschrieben)</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="268"/>
        <location filename="../src/data/Csv.cpp" line="349"/>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="297"/>
        <source>field is longer than %1 characters</source>
        <translation>das Feld ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="310"/>
        <source>the input is %1 %2, more than the limit of %3</source>
        <translation>die Eingabe hat %1 %2, mehr als die Grenze von %3</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="596"/>
        <source>the destination is not open for writing</source>
        <translation>das Ziel ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="625"/>
        <source>could not write the export: %1</source>
        <translation>der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/data/Csv.cpp" line="626"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>mm::exchange</name>
    <message>
        <location filename="../src/data/ImportFile.cpp" line="22"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/data/ImportFile.cpp" line="25"/>
        <source>the file is %1 bytes, more than the %2 MB an import accepts</source>
        <translation>die Datei hat %1 Bytes, mehr als die %2 MB, die ein Import annimmt</translation>
    </message>
    <message>
        <location filename="../src/data/ImportFile.cpp" line="31"/>
        <location filename="../src/data/ImportFile.cpp" line="42"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyCopy.cpp" line="31"/>
        <source>the copy was cancelled; nothing was written</source>
        <translation>das Kopieren wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyCopy.cpp" line="53"/>
        <source>%1 is read-only; nothing was written</source>
        <translation>%1 ist schreibgeschützt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyCopy.cpp" line="58"/>
        <source>cannot read the economy back from memory</source>
        <translation>die Wirtschaft kann nicht aus dem Speicher zurückgelesen werden</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyCopy.cpp" line="68"/>
        <source>no database at %1</source>
        <translation>keine Datenbank unter %1</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyCopy.cpp" line="78"/>
        <source>the folder %1 does not exist</source>
        <translation>den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../src/data/EconomyCopy.cpp" line="107"/>
        <source>cannot move the copy into place: %1</source>
        <translation>die Kopie kann nicht an ihren Platz verschoben werden: %1</translation>
    </message>
</context>
</TS>
