<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>Access</name>
    <message>
      <location filename="../../collabworkshop/ui/common/access.py" line="33" />
      <source>Vertical scroll bar</source>
      <translation>Vertikale Bildlaufleiste</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/common/access.py" line="33" />
      <source>{0}, vertical scroll bar</source>
      <translation>{0}, vertikale Bildlaufleiste</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/common/access.py" line="34" />
      <source>Horizontal scroll bar</source>
      <translation>Horizontale Bildlaufleiste</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/common/access.py" line="34" />
      <source>{0}, horizontal scroll bar</source>
      <translation>{0}, horizontale Bildlaufleiste</translation>
    </message>
  </context>
  <context>
    <name>ActionLibrary</name>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Hold a facilitated dialogue on {dimension} before changing any structure</source>
      <translation>Vor jeder Strukturänderung einen moderierten Dialog zu {dimension} führen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Every team has said where it stands and why; agreement (rwg) on {dimension} at 0.70 or more when re-measured</source>
      <translation>Jedes Team hat gesagt, wo es steht und warum; Übereinstimmung (rwg) zu {dimension} bei der nächsten Messung 0,70 oder mehr</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Re-run the spectrum placement with all teams</source>
      <translation>Die Platzierung auf dem Spektrum mit allen Teams wiederholen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>All teams place Today again; gaps and agreement compared with this workshop</source>
      <translation>Alle Teams platzieren Heute erneut; Lücken und Übereinstimmung mit diesem Workshop verglichen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Co-write a one-page joint outcome charter</source>
      <translation>Gemeinsam eine einseitige Charta der gemeinsamen Ergebnisse schreiben</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Charter signed by every partner's lead and referred to in the next steering meeting</source>
      <translation>Charta von der Leitung jedes Partners unterzeichnet und in der nächsten Steuerungssitzung aufgegriffen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Review each partner's own targets against the shared goals and remove the ones that pull apart</source>
      <translation>Die eigenen Ziele jedes Partners mit den gemeinsamen Zielen abgleichen und die gegenläufigen streichen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>No partner target contradicts a shared goal; conflicts listed and resolved</source>
      <translation>Kein Partnerziel widerspricht einem gemeinsamen Ziel; Konflikte aufgelistet und gelöst</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Agree three to five shared outcome measures that replace separate reporting</source>
      <translation>Drei bis fünf gemeinsame Ergebniskennzahlen vereinbaren, die getrennte Berichte ersetzen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>One shared dashboard in use; partners report against it monthly</source>
      <translation>Ein gemeinsames Dashboard in Gebrauch; die Partner berichten monatlich danach</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Build a joint benefits map from the programme's purpose down to each partner's contribution</source>
      <translation>Eine gemeinsame Nutzenlandkarte vom Zweck des Programms bis zum Beitrag jedes Partners erstellen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Benefits map agreed and used to prioritise the next quarter's work</source>
      <translation>Nutzenlandkarte vereinbart und zur Priorisierung der Arbeit im nächsten Quartal genutzt</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Restate the shared goals at the start of each steering meeting</source>
      <translation>Die gemeinsamen Ziele zu Beginn jeder Steuerungssitzung bekräftigen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Goals restated at every steering meeting for the next quarter</source>
      <translation>Ziele im nächsten Quartal in jeder Steuerungssitzung bekräftigt</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Start a shared decision log open to every partner</source>
      <translation>Ein gemeinsames Entscheidungsprotokoll anlegen, das jedem Partner offensteht</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Every joint decision logged within two working days, with who was consulted</source>
      <translation>Jede gemeinsame Entscheidung innerhalb von zwei Arbeitstagen protokolliert, mit den Beteiligten</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Agree a RACI for the ten decisions that cross partner boundaries most often</source>
      <translation>Eine RACI-Matrix für die zehn Entscheidungen vereinbaren, die am häufigsten Partnergrenzen überschreiten</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>RACI published; no decision escalated for lack of an owner in the next two months</source>
      <translation>RACI veröffentlicht; in den nächsten zwei Monaten keine Eskalation mangels Zuständigkeit</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Set up a joint steering group with a rotating chair and a decision log</source>
      <translation>Einen gemeinsamen Lenkungskreis mit wechselndem Vorsitz und Entscheidungsprotokoll einrichten</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Steering group meets monthly, chaired in turn by each partner, every decision logged</source>
      <translation>Der Lenkungskreis tagt monatlich, reihum von jedem Partner geleitet, jede Entscheidung protokolliert</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Co-design a joint governance protocol covering escalation, change and disputes</source>
      <translation>Gemeinsam ein Governance-Verfahren für Eskalation, Änderungen und Streitfälle entwickeln</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Protocol agreed by all partners and used for the next escalation</source>
      <translation>Verfahren von allen Partnern vereinbart und bei der nächsten Eskalation angewandt</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Check once a quarter that governance still gives every partner a voice</source>
      <translation>Einmal im Quartal prüfen, ob die Governance jedem Partner noch eine Stimme gibt</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Quarterly check held and recorded</source>
      <translation>Quartalsprüfung durchgeführt und dokumentiert</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Run blameless cross-partner retrospectives after each milestone</source>
      <translation>Nach jedem Meilenstein partnerübergreifende Retrospektiven ohne Schuldzuweisung durchführen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>A retrospective after every milestone, with at least one issue raised by each partner</source>
      <translation>Eine Retrospektive nach jedem Meilenstein, mit mindestens einem Thema von jedem Partner</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Partner leads open each review by naming one of their own mistakes or doubts</source>
      <translation>Die Leitungen der Partner eröffnen jede Überprüfung, indem sie einen eigenen Fehler oder Zweifel nennen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Done at every review for three months; raised concerns go up in the next pulse survey</source>
      <translation>Drei Monate lang in jeder Überprüfung umgesetzt; geäußerte Bedenken steigen in der nächsten Pulsbefragung</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Introduce a short anonymous psychological-safety pulse across all partner teams</source>
      <translation>Eine kurze anonyme Pulsbefragung zur psychologischen Sicherheit in allen Partnerteams einführen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Pulse run monthly with a response rate above 60% and a rising score</source>
      <translation>Monatliche Befragung mit einer Rücklaufquote über 60 % und steigendem Wert</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Agree joint working norms for raising problems early, and how bad news is received</source>
      <translation>Gemeinsame Arbeitsregeln vereinbaren: Probleme früh ansprechen, und wie schlechte Nachrichten aufgenommen werden</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Norms agreed in a joint session; problems reported earlier in the risk log</source>
      <translation>Regeln in einer gemeinsamen Sitzung vereinbart; Probleme früher im Risikoprotokoll gemeldet</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Keep an open slot for concerns in every joint meeting</source>
      <translation>In jeder gemeinsamen Besprechung einen festen Platz für Bedenken freihalten</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Slot used in most meetings over the next quarter</source>
      <translation>Der Platz wird im nächsten Quartal in den meisten Besprechungen genutzt</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Share plans, risks and issue logs in one space every partner can read</source>
      <translation>Pläne, Risiken und Problemlisten an einem Ort teilen, den jeder Partner einsehen kann</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>One shared workspace; no partner keeps a separate risk log</source>
      <translation>Ein gemeinsamer Arbeitsbereich; kein Partner führt ein eigenes Risikoprotokoll</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Hold a short weekly cross-partner check-in on what is blocked</source>
      <translation>Wöchentlich kurz partnerübergreifend abstimmen, was blockiert ist</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Check-in held weekly; blockers closed faster than before</source>
      <translation>Abstimmung findet wöchentlich statt; Blockaden werden schneller gelöst als bisher</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Co-locate key people from each partner for part of every week</source>
      <translation>Schlüsselpersonen jedes Partners an einem Teil jeder Woche an einem Ort zusammenbringen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Joint working days in place for three months; fewer hand-off errors</source>
      <translation>Gemeinsame Arbeitstage seit drei Monaten etabliert; weniger Fehler bei Übergaben</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Replace status reporting with a monthly joint problem-solving forum</source>
      <translation>Statusberichte durch ein monatliches gemeinsames Forum zur Problemlösung ersetzen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Forum held monthly with each partner bringing one real problem</source>
      <translation>Forum findet monatlich statt, jeder Partner bringt ein echtes Problem mit</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Keep the current communication rhythm and check it still serves everyone</source>
      <translation>Den jetzigen Kommunikationsrhythmus beibehalten und prüfen, ob er allen noch dient</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Short review of communication at the re-measure</source>
      <translation>Kurze Überprüfung der Kommunikation bei der nächsten Messung</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Review results together, partner by partner, against the shared measures</source>
      <translation>Ergebnisse gemeinsam, Partner für Partner, an den gemeinsamen Kennzahlen messen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Joint performance review held monthly with every partner present</source>
      <translation>Gemeinsame Leistungsüberprüfung monatlich, mit allen Partnern</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Keep one joint risk register with a named owner for each risk</source>
      <translation>Ein gemeinsames Risikoregister führen, mit einer benannten zuständigen Person je Risiko</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Single register in use; every risk has exactly one accountable owner</source>
      <translation>Ein einziges Register in Gebrauch; jedes Risiko hat genau eine zuständige Person</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Propose a shared pain/gain mechanism tied to the joint outcomes</source>
      <translation>Einen gemeinsamen Mechanismus zur Teilung von Risiko und Ertrag vorschlagen, gekoppelt an die gemeinsamen Ergebnisse</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Mechanism drafted and put to each partner's board</source>
      <translation>Mechanismus entworfen und dem Vorstand jedes Partners vorgelegt</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Align each partner's team objectives with the joint outcomes</source>
      <translation>Die Teamziele jedes Partners auf die gemeinsamen Ergebnisse ausrichten</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Team objectives in every partner reference at least one shared outcome</source>
      <translation>Die Teamziele jedes Partners beziehen sich auf mindestens ein gemeinsames Ergebnis</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Bring the partners who see the partnership differently together to compare their views</source>
      <translation>Die Partner, die die Partnerschaft unterschiedlich sehen, zusammenbringen, um ihre Sichtweisen zu vergleichen</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Difference explained and written down; perception gap below 25 points at the re-measure</source>
      <translation>Unterschied erklärt und festgehalten; Wahrnehmungslücke bei der nächsten Messung unter 25 Punkten</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Agree what each partner expects of the others, and what it can offer in return</source>
      <translation>Vereinbaren, was jeder Partner von den anderen erwartet und was er im Gegenzug bieten kann</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Expectations written down and confirmed by every partner lead</source>
      <translation>Erwartungen festgehalten und von der Leitung jedes Partners bestätigt</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Hold a candid partner-fit review: who is ready to collaborate, and on what</source>
      <translation>Offen prüfen, wer als Partner passt: Wer ist bereit zur Kollaboration, und wobei?</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Review held; scope of collaboration confirmed or adjusted for each partner</source>
      <translation>Prüfung durchgeführt; Umfang der Kollaboration für jeden Partner bestätigt oder angepasst</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Onboard new partner staff into the joint ways of working, not only their own company's</source>
      <translation>Neue Mitarbeitende der Partner in die gemeinsame Arbeitsweise einführen, nicht nur in die des eigenen Unternehmens</translation>
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Joint induction in place; every new joiner attends within their first month</source>
      <translation>Gemeinsames Onboarding etabliert; alle Neuen nehmen im ersten Monat teil</translation>
    </message>
  </context>
  <context>
    <name>ActionPlan</name>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="159" />
      <source>gap {0}</source>
      <translation>Lücke {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="160" />
      <source>gap {0} (a step back)</source>
      <translation>Lücke {0} (ein Schritt zurück)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="180" />
      <location filename="../../collabworkshop/planning/generate.py" line="234" />
      <source>{0}: today {1}, needed {2}, {3}</source>
      <translation>{0}: heute {1}, Soll {2}, {3}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="188" />
      <source>; divided, rwg {0}</source>
      <translation>; uneinig, rwg {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="210" />
      <source>{0} ({1}): {2} and {3} are {4} points apart</source>
      <translation>{0} ({1}): {2} und {3} liegen {4} Punkte auseinander</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="223" />
      <source>Gaps are small here: keep what already works</source>
      <translation>Die Lücken sind hier klein: Bewährtes beibehalten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="266" />
      <source>{0}: today {1}, needed {2}; divided, rwg {3}. Agree on what is true before changing structures</source>
      <translation>{0}: heute {1}, Soll {2}; uneinig, rwg {3}. Erst klären, was zutrifft, dann Strukturen ändern</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="314" />
      <location filename="../../collabworkshop/planning/generate.py" line="318" />
      <source>the partnership</source>
      <translation>die Partnerschaft</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="332" />
      <source>Re-measure in three months to see whether the gaps are closing</source>
      <translation>In drei Monaten neu messen, um zu sehen, ob sich die Lücken schließen</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="69" />
      <source>New information step</source>
      <translation>Neuer Informationsschritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="70" />
      <source>Place: {0}</source>
      <translation>Platzieren: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="71" />
      <source>Discuss: {0}</source>
      <translation>Besprechen: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="72" />
      <source>Lever vote</source>
      <translation>Hebel-Abstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="73" />
      <source>Action plan</source>
      <translation>Maßnahmenplan</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="74" />
      <source>Review actions</source>
      <translation>Maßnahmen überprüfen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="75" />
      <source>Wrap-up</source>
      <translation>Abschluss</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="106" />
      <source>Edit agenda</source>
      <translation>Agenda bearbeiten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="113" />
      <source>Steps of this session. Changes apply at once and can be undone (Ctrl+Z).</source>
      <translation>Die Schritte dieser Sitzung. Änderungen gelten sofort und lassen sich rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="121" />
      <source>&amp;Steps</source>
      <translation>&amp;Schritte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="124" />
      <source>Agenda steps</source>
      <translation>Schritte der Agenda</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="132" />
      <source>&amp;Add step</source>
      <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="133" />
      <source>Add a step after the selected one</source>
      <translation>Einen Schritt nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="136" />
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="137" />
      <source>Remove the selected step (Delete)</source>
      <translation>Den ausgewählten Schritt entfernen (Entf)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="138" />
      <source>Move &amp;up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="139" />
      <source>Move the selected step up (Alt+Up)</source>
      <translation>Den ausgewählten Schritt nach oben verschieben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="140" />
      <source>Move do&amp;wn</source>
      <translation>Nach &amp;unten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="141" />
      <source>Move the selected step down (Alt+Down)</source>
      <translation>Den ausgewählten Schritt nach unten verschieben (Alt+Pfeil runter)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="152" />
      <source>Step title</source>
      <translation>Titel des Schritts</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="154" />
      <source>Step kind</source>
      <translation>Art des Schritts</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="158" />
      <source>Round the step works on</source>
      <translation>Runde, an der der Schritt arbeitet</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="160" />
      <source>Round shown beside it</source>
      <translation>Runde, die daneben gezeigt wird</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="163" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="164" />
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="279" />
      <source>no timebox</source>
      <translation>keine Zeitvorgabe</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="166" />
      <source>Timebox in minutes</source>
      <translation>Zeitvorgabe in Minuten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="168" />
      <source>Audience prompt</source>
      <translation>Frage an den Raum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="169" />
      <source>What the room sees and is asked</source>
      <translation>Was der Raum sieht und gefragt wird</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="171" />
      <source>Facilitator script</source>
      <translation>Moderationsskript</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="172" />
      <source>What you say and do (only on your console)</source>
      <translation>Was Sie sagen und tun (nur auf Ihrer Konsole)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="173" />
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="174" />
      <source>&amp;Kind:</source>
      <translation>&amp;Art:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="175" />
      <source>R&amp;ound:</source>
      <translation>R&amp;unde:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="176" />
      <source>&amp;Compare with:</source>
      <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="177" />
      <source>Time&amp;box:</source>
      <translation>&amp;Zeitvorgabe:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="178" />
      <source>&amp;Prompt:</source>
      <translation>&amp;Frage:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="179" />
      <source>Scr&amp;ipt:</source>
      <translation>Skr&amp;ipt:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="184" />
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="205" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="185" />
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="207" />
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="186" />
      <source>Save as &amp;template…</source>
      <translation>Als &amp;Vorlage speichern …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="187" />
      <source>Keep this agenda for future sessions</source>
      <translation>Diese Agenda für künftige Sitzungen aufbewahren</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="273" />
      <source>%n steps, {0} h {1:02d} min planned</source>
      <translation>
        <numerusform>%n Schritt, {0} Std. {1:02d} Min. geplant</numerusform>
        <numerusform>%n Schritte, {0} Std. {1:02d} Min. geplant</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="279" />
      <source>{0} min</source>
      <translation>{0} Min.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="309" />
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="308" />
      <source>(none)</source>
      <translation>(keine)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="355" />
      <source>No rounds</source>
      <translation>Keine Runden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="355" />
      <source>A {0} step needs a round; this session has none.</source>
      <translation>Ein Schritt vom Typ {0} braucht eine Runde; diese Sitzung hat keine.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="410" />
      <source>Keep one step</source>
      <translation>Einen Schritt behalten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="463" />
      <source>Save agenda as template</source>
      <translation>Agenda als Vorlage speichern</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="463" />
      <source>Template name:</source>
      <translation>Name der Vorlage:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="471" />
      <source>Replace template?</source>
      <translation>Vorlage ersetzen?</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="472" />
      <source>A template called “{0}” exists. Replace it?</source>
      <translation>Eine Vorlage namens „{0}“ gibt es bereits. Ersetzen?</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="486" />
      <source>Could not save the template</source>
      <translation>Die Vorlage konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="489" />
      <source>Template saved</source>
      <translation>Vorlage gespeichert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="490" />
      <source>Saved “{0}”. Use File › New session from template… to start from it.</source>
      <translation>„{0}“ gespeichert. Mit Datei › Neue Sitzung aus Vorlage … beginnen Sie damit.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="524" />
      <source>{0} (built in)</source>
      <translation>{0} (mitgeliefert)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="550" />
      <source>New session from template</source>
      <translation>Neue Sitzung aus Vorlage</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="550" />
      <source>Template:</source>
      <translation>Vorlage:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="564" />
      <source>This template cannot be used</source>
      <translation>Diese Vorlage lässt sich nicht verwenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/editors/agenda_editor.py" line="565" />
      <source>{0}

Fix the file (see docs/templates.md) or remove it from {1}.</source>
      <translation>{0}

Korrigieren Sie die Datei (siehe docs/templates.md) oder entfernen Sie sie aus {1}.</translation>
    </message>
    <message>
      <source>Rename step “{0}”</source>
      <translation type="vanished">Schritt „{0}“ umbenennen</translation>
    </message>
    <message>
      <source>Edit step “{0}”</source>
      <translation type="vanished">Schritt „{0}“ bearbeiten</translation>
    </message>
    <message>
      <source>Add step “{0}”</source>
      <translation type="vanished">Schritt „{0}“ hinzufügen</translation>
    </message>
    <message>
      <source>An agenda needs at least one step. Add another step before removing “{0}”.</source>
      <translation type="vanished">Eine Agenda braucht mindestens einen Schritt. Fügen Sie einen weiteren Schritt hinzu, bevor Sie „{0}“ entfernen.</translation>
    </message>
    <message>
      <source>Remove step “{0}”</source>
      <translation type="vanished">Schritt „{0}“ entfernen</translation>
    </message>
    <message>
      <source>Move step “{0}”</source>
      <translation type="vanished">Schritt „{0}“ verschieben</translation>
    </message>
    <message>
      <source>Reorder steps</source>
      <translation type="vanished">Schritte umordnen</translation>
    </message>
    <message>
      <source>{0} steps, {1} h {2:02d} min planned</source>
      <translation type="vanished">{0} Schritte, {1} Std. {2:02d} Min. geplant</translation>
    </message>
  </context>
  <context>
    <name>Aggregates</name>
    <message>
      <location filename="../../collabworkshop/ui/presentation/aggregates.py" line="35" />
      <source>median</source>
      <translation>Median</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/aggregates.py" line="42" />
      <source>gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/aggregates.py" line="55" />
      <source>no placements yet</source>
      <translation>noch keine Platzierungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/aggregates.py" line="77" />
      <source>Most divergent: needs two placements on a line.</source>
      <translation>Am uneinigsten: braucht zwei Platzierungen auf einer Linie.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/aggregates.py" line="81" />
      <source>Every dimension is aligned; the lowest agreement is on {0} in {1} (rwg {2}).</source>
      <translation>Alle Dimensionen sind einig; die geringste Übereinstimmung hat {0} in {1} (rwg {2}).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/aggregates.py" line="84" />
      <source>Most divergent: {0} in {1} (rwg {2}, {3})</source>
      <translation>Am uneinigsten: {0} in {1} (rwg {2}, {3})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/aggregates.py" line="88" />
      <source>{0} {1} ({2})</source>
      <translation>{0} {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/aggregates.py" line="114" />
      <source>{0}: {1} → {2}, {3} ({4})</source>
      <translation>{0}: {1} → {2}, {3} ({4})</translation>
    </message>
  </context>
  <context>
    <name>AudienceDisplay</name>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="86" />
      <location filename="../../collabworkshop/ui/presentation/display.py" line="334" />
      <source>Audience display — {0}</source>
      <translation>Publikumsanzeige — {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="87" />
      <source>Audience display</source>
      <translation>Publikumsanzeige</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="160" />
      <source>Display blanked</source>
      <translation>Anzeige ausgeblendet</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="169" />
      <source>← Back</source>
      <translation>← Zurück</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="170" />
      <source>Previous step</source>
      <translation>Vorheriger Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="171" />
      <source>Next →</source>
      <translation>Weiter →</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="172" />
      <source>Next step</source>
      <translation>Nächster Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="173" />
      <source>Start/pause timer</source>
      <translation>Timer starten/anhalten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="174" />
      <location filename="../../collabworkshop/ui/presentation/display.py" line="268" />
      <source>Blackout (B)</source>
      <translation>Ausblenden (B)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="175" />
      <source>Exit (Esc)</source>
      <translation>Beenden (Esc)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="176" />
      <source>Leave presentation mode</source>
      <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="268" />
      <source>Show (B)</source>
      <translation>Zeigen (B)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display.py" line="343" />
      <source>  Step {0} of {1}</source>
      <translation>  Schritt {0} von {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="158" />
      <source>In one line</source>
      <translation>In einem Satz</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="158" />
      <source>Side by side, each on its own part of a shared aim</source>
      <translation>Nebeneinander, jeder an seinem Teil eines gemeinsamen Ziels</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="159" />
      <source>Making something together, in one shared process</source>
      <translation>Gemeinsam etwas schaffen, in einem gemeinsamen Prozess</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="160" />
      <source>Basis</source>
      <translation>Grundlage</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="160" />
      <source>Each party delivers its piece; the contract sets the terms</source>
      <translation>Jede Partei liefert ihren Teil; der Vertrag setzt die Regeln</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="161" />
      <source>Trust, openness and decisions taken together</source>
      <translation>Vertrauen, Offenheit und gemeinsam getroffene Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="162" />
      <source>Outcomes</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="162" />
      <source>Each measured on its own results</source>
      <translation>Jeder wird an seinen eigenen Ergebnissen gemessen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="162" />
      <source>Accountable together for the outcome</source>
      <translation>Gemeinsam verantwortlich für das Ergebnis</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="163" />
      <source>Picture</source>
      <translation>Bild</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="163" />
      <source>A relay race: one finish line, each runner minds their own leg</source>
      <translation>Ein Staffellauf: ein Ziel, jeder Läufer achtet auf seine eigene Strecke</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="164" />
      <source>A jazz band: players listen and answer each other, making what none could alone</source>
      <translation>Eine Jazzband: die Musiker hören einander zu und antworten, und es entsteht, was keiner allein könnte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="173" />
      <source>Cooperation and collaboration</source>
      <translation>Kooperation und Kollaboration</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="207" />
      <source>Cooperation</source>
      <translation>Kooperation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="208" />
      <source>Collaboration</source>
      <translation>Kollaboration</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="213" />
      <source>Neither is better in itself. Where are we today, and where does this programme need to be?</source>
      <translation>Keines ist an sich besser. Wo stehen wir heute, und wo muss dieses Programm stehen?</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="263" />
      <source>Blind round</source>
      <translation>Verdeckte Runde</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="282" />
      <source>{0} of {1} placed</source>
      <translation>{0} von {1} platziert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="283" />
      <source>Blind round: placements stay hidden until the facilitator reveals them.</source>
      <translation>Verdeckte Runde: Die Platzierungen bleiben verborgen, bis die Moderation sie aufdeckt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="290" />
      <source>Everyone has placed.</source>
      <translation>Alle haben platziert.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="294" />
      <source>Still to place:</source>
      <translation>Noch nicht platziert:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="318" />
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="553" />
      <source>and {0} more</source>
      <translation>und {0} weitere</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="332" />
      <source>Divergence and gaps</source>
      <translation>Uneinigkeit und Lücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="347" />
      <source>Largest gaps: {0}</source>
      <translation>Größte Lücken: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="368" />
      <source>1 dot</source>
      <translation>1 Punkt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="368" />
      <source>{0} dots</source>
      <translation>{0} Punkte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="423" />
      <source>Lever vote tally</source>
      <translation>Stand der Hebel-Abstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="460" />
      <source>{0} of {1} dots placed by {2} teams</source>
      <translation>{0} von {1} Punkten gesetzt, von {2} Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="562" />
      <source>owner to assign</source>
      <translation>Zuständigkeit noch offen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="562" />
      <source>owner {0}</source>
      <translation>zuständig: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="564" />
      <source>due {0}</source>
      <translation>fällig {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="573" />
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="649" />
      <source>Agreed actions</source>
      <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="578" />
      <source>Agreed actions ({0})</source>
      <translation>Vereinbarte Maßnahmen ({0})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="580" />
      <source>· {0} suggested</source>
      <translation>· {0} vorgeschlagen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="582" />
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="650" />
      <source>No action agreed yet.</source>
      <translation>Noch keine Maßnahme vereinbart.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="590" />
      <source>Action statuses</source>
      <translation>Stand der Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="597" />
      <source>No actions to review.</source>
      <translation>Keine Maßnahmen zu prüfen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="597" />
      <source>Actions</source>
      <translation>Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="616" />
      <source>Wrap-up</source>
      <translation>Abschluss</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="643" />
      <source>Largest gaps, today → needed</source>
      <translation>Größte Lücken, Heute → Soll</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="644" />
      <source>No gaps yet: both rounds need placements.</source>
      <translation>Noch keine Lücken: Beide Runden brauchen Platzierungen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/display_steps.py" line="646" />
      <source>We measure again on {0}</source>
      <translation>Wir messen erneut am {0}</translation>
    </message>
    <message>
      <source>Blind round: placements stay hidden until the facilitator reveals them.

{0} of {1} placed</source>
      <translation type="vanished">Verdeckte Runde: Die Platzierungen bleiben verborgen, bis die Moderation sie aufdeckt.

{0} von {1} platziert</translation>
    </message>
    <message>
      <source>no placements yet</source>
      <translation type="vanished">noch keine Platzierungen</translation>
    </message>
    <message>
      <source>median</source>
      <translation type="vanished">Median</translation>
    </message>
    <message>
      <source>gap</source>
      <translation type="vanished">Lücke</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="107" />
      <source>Edit</source>
      <translation>Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="136" />
      <source>Remove {0} from the board</source>
      <translation>{0} vom Board nehmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="137" />
      <source>Place {0}</source>
      <translation>{0} platzieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="157" />
      <location filename="../../collabworkshop/model/changes.py" line="574" />
      <source>Edit {0}</source>
      <translation>{0} bearbeiten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="194" />
      <source>Add team {0}</source>
      <translation>Team {0} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="223" />
      <source>Remove team {0}</source>
      <translation>Team {0} entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="225" />
      <source>Remove team</source>
      <translation>Team entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="249" />
      <source>Rename team</source>
      <translation>Team umbenennen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="250" />
      <source>Edit team {0}</source>
      <translation>Team: {0} bearbeiten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="269" />
      <source>Generate action plan</source>
      <translation>Maßnahmenplan erstellen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="292" />
      <source>Edit action {0}</source>
      <translation>Maßnahme: {0} bearbeiten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="311" />
      <source>Add action</source>
      <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="328" />
      <source>Remove action</source>
      <translation>Maßnahme entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="349" />
      <source>Move action</source>
      <translation>Maßnahme verschieben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="592" />
      <source>Change session settings</source>
      <translation>Einstellungen der Sitzung ändern</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/changes.py" line="617" />
      <source>Vote on levers</source>
      <translation>Auf Hebel abstimmen</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../collabworkshop/ui/stats/charts.py" line="481" />
      <source>Median position, per round</source>
      <translation>Median-Position je Runde</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../collabworkshop/cli.py" line="71" />
      <source>{0} (see '{1} --help')</source>
      <translation>{0} (siehe '{1} --help')</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="88" />
      <source>a port is a whole number from 0 to 65535: {0}</source>
      <translation>ein Port ist eine ganze Zahl von 0 bis 65535: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="95" />
      <source>A facilitated workshop on moving a partnership from cooperation to collaboration. With no command, opens the app.</source>
      <translation>Ein moderierter Workshop, der eine Partnerschaft von der Kooperation zur Kollaboration führt. Ohne Befehl öffnet sich die App.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="99" />
      <source>commands:
  summary FILE                          print the statistics, gaps and most divergent
                                        dimensions of a session as plain text
  export FILE --format FMT -o OUT       write a report or an export: pdf, json, csv,
                                        md (Markdown), ics (calendar), png (board)
  import JSON -o FILE                   make a session file from a JSON export
  compare A B                           print how each dimension moved from session A to B
  self-check                            check this installation offscreen: sample session,
                                        board and PDF report (used by the packaging checks)

'{0} COMMAND --help' describes a command. To open a session file named like a
command, write it as a path: {0} ./summary</source>
      <translation>Befehle:
  summary FILE                          die Statistik, die Lücken und die uneinigsten
                                        Dimensionen einer Sitzung als reinen Text ausgeben
  export FILE --format FMT -o OUT       einen Bericht oder Export schreiben: pdf, json, csv,
                                        md (Markdown), ics (Kalender), png (Board)
  import JSON -o FILE                   aus einem JSON-Export eine Sitzungsdatei erstellen
  compare A B                           ausgeben, wie sich jede Dimension von Sitzung A zu B bewegt hat
  self-check                            diese Installation ohne Bildschirm prüfen: Beispielsitzung,
                                        Board und PDF-Bericht (für die Paketprüfungen)

'{0} BEFEHL --help' beschreibt einen Befehl. Um eine Sitzungsdatei zu öffnen, die wie ein
Befehl heißt, schreiben Sie sie als Pfad: {0} ./summary</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="116" />
      <source>a session file (.cwsession) to open</source>
      <translation>eine Sitzungsdatei (.cwsession), die geöffnet wird</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="118" />
      <source>open FILE with joining on: participants join from their phones; prints the join address and code (docs/participants.md)</source>
      <translation>FILE öffnen und die Teilnahme einschalten: Teilnehmende machen mit ihren Handys mit; gibt Beitrittsadresse und Code aus (docs/participants.md)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="121" />
      <source>with --participants: the address to serve on (default: the one with the default route)</source>
      <translation>mit --participants: die Adresse, auf der der Server läuft (Standard: die mit der Standardroute)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="124" />
      <source>with --participants: the port to serve on (default: any free port)</source>
      <translation>mit --participants: der Port des Servers (Standard: ein freier Port)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="128" />
      <source>Print a session's statistics per round and dimension, the gap between the first two rounds, and the most divergent dimension of each round.</source>
      <translation>Die Statistik einer Sitzung je Runde und Dimension ausgeben, die Lücke zwischen den ersten beiden Runden und die uneinigste Dimension jeder Runde.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="133" />
      <location filename="../../collabworkshop/cli.py" line="144" />
      <source>a session file (.cwsession)</source>
      <translation>eine Sitzungsdatei (.cwsession)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="137" />
      <source>Write a report or an export of a session. The session file itself is only read. csv writes two files: the placements to OUT and the action plan beside it (report.csv and report-actions.csv). png writes the board of the round given with --round to OUT, or of every round to OUT-1-&lt;round&gt;.png, OUT-2-&lt;round&gt;.png, ... (docs/exports.md).</source>
      <translation>Einen Bericht oder Export einer Sitzung schreiben. Die Sitzungsdatei selbst wird nur gelesen. csv schreibt zwei Dateien: die Platzierungen nach OUT und den Maßnahmenplan daneben (report.csv und report-actions.csv). png schreibt das Board der mit --round angegebenen Runde nach OUT oder das jeder Runde nach OUT-1-&lt;Runde&gt;.png, OUT-2-&lt;Runde&gt;.png, ... (docs/exports.md).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="149" />
      <source>pdf, json, csv, md, ics or png (default: from the extension of OUT)</source>
      <translation>pdf, json, csv, md, ics oder png (Standard: nach der Endung von OUT)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="156" />
      <source>the file to write; '-' writes JSON, CSV placements, Markdown or iCalendar to standard output</source>
      <translation>die zu schreibende Datei; '-' schreibt JSON, CSV-Platzierungen, Markdown oder iCalendar auf die Standardausgabe</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="161" />
      <source>png only: the round to draw, by number (1 = first), id or name; default: every round</source>
      <translation>nur png: die zu zeichnende Runde, als Nummer (1 = erste), ID oder Name; Standard: jede Runde</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="166" />
      <source>pdf and md: print every row of the long lists (raw placements, perception gaps, teams) instead of the largest 20; the CSV and JSON always hold everything</source>
      <translation>nur pdf und md: jede Zeile der langen Listen (alle Platzierungen, Wahrnehmungslücken, Teams) statt der 20 größten ausgeben; CSV und JSON enthalten immer alles</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="175" />
      <source>Make a new session file from a JSON export (collabworkshop export --format json). The JSON is checked completely before anything is written.</source>
      <translation>Aus einem JSON-Export (collabworkshop export --format json) eine neue Sitzungsdatei erstellen. Das JSON wird vollständig geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="180" />
      <source>a JSON export; '-' reads standard input</source>
      <translation>ein JSON-Export; '-' liest die Standardeingabe</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="181" />
      <source>the session file to create</source>
      <translation>die zu erstellende Sitzungsdatei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="182" />
      <source>replace FILE if it exists</source>
      <translation>FILE ersetzen, falls es sie gibt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="198" />
      <source>interrupted</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="206" />
      <source>internal error: {0}: {1}</source>
      <translation>interner Fehler: {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="290" />
      <source>self-check takes no arguments</source>
      <translation>self-check nimmt keine Argumente</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="296" />
      <source>self-check failed: {0}</source>
      <translation>self-check fehlgeschlagen: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="325" />
      <source>the {0} export cannot go to standard output; give a file name with -o</source>
      <translation>der {0}-Export kann nicht auf die Standardausgabe gehen; geben Sie mit -o einen Dateinamen an</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="329" />
      <source>--full-appendix is for the {0} export only</source>
      <translation>--full-appendix gibt es nur für den Export {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="333" />
      <source>--round is for the {0} export only</source>
      <translation>--round gilt nur für den {0}-Export</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="346" />
      <source>{0}: refusing to overwrite the session file being exported</source>
      <translation>{0}: die Sitzungsdatei, die exportiert wird, wird nicht überschrieben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="368" />
      <source>wrote {0}</source>
      <translation>geschrieben: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="393" />
      <source>writing {0}: {1}%</source>
      <translation>schreibe {0}: {1} %</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="448" />
      <source>cannot tell the format from '{0}'; add --format ({1})</source>
      <translation>das Format ist aus '{0}' nicht zu erkennen; geben Sie --format an ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="463" />
      <source>{0}: refusing to overwrite the JSON file being imported</source>
      <translation>{0}: die JSON-Datei, die importiert wird, wird nicht überschrieben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="465" />
      <location filename="../../collabworkshop/cli.py" line="493" />
      <source>{0}: is a folder</source>
      <translation>{0}: ist ein Ordner</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="467" />
      <source>{0}: already exists; add --force to replace it</source>
      <translation>{0}: existiert bereits; mit --force wird sie ersetzt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="489" />
      <source>{0}: {1}, not a JSON file</source>
      <translation>{0}: {1}, keine JSON-Datei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="491" />
      <source>{0}: no such file</source>
      <translation>{0}: Datei nicht gefunden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="495" />
      <source>{0}: cannot read ({1})</source>
      <translation>{0}: kann nicht gelesen werden ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="497" />
      <source>{0}: too large for a session export (over {1} MB)</source>
      <translation>{0}: zu groß für einen Sitzungsexport (über {1} MB)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="522" />
      <source>{0}: not a JSON text file (it is not UTF-8 or UTF-16 text)</source>
      <translation>{0}: keine JSON-Textdatei (sie ist kein UTF-8- oder UTF-16-Text)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="551" />
      <source>Print, per dimension, Today's median, mean and agreement (rwg) in session A and in session B, the change, and the change of the gap to Needed. Typically A is a workshop and B its follow-up. Both files are only read.</source>
      <translation>Je Dimension den Median, Mittelwert und die Übereinstimmung (rwg) von Heute in Sitzung A und in Sitzung B ausgeben, die Veränderung und die Veränderung der Lücke zum Soll. Meist ist A ein Workshop und B sein Folgetermin. Beide Dateien werden nur gelesen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="557" />
      <source>the earlier session file (.cwsession)</source>
      <translation>die frühere Sitzungsdatei (.cwsession)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="558" />
      <source>the later session file (.cwsession)</source>
      <translation>die spätere Sitzungsdatei (.cwsession)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="566" />
      <source>cannot compare: {0}</source>
      <translation>Vergleich nicht möglich: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="568" />
      <source>{0} and {1} have no dimension in common</source>
      <translation>{0} und {1} haben keine gemeinsame Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="585" />
      <source>--bind and --port go with --participants</source>
      <translation>--bind und --port gehören zu --participants</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="587" />
      <source>--participants needs a session FILE to open</source>
      <translation>--participants braucht eine Sitzungsdatei FILE zum Öffnen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="595" />
      <source>no display to open the app on (DISPLAY is not set); the summary and export commands work without one</source>
      <translation>kein Bildschirm, auf dem sich die App öffnen kann (DISPLAY ist nicht gesetzt); die Befehle summary und export funktionieren ohne</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="601" />
      <source>the desktop app cannot start: {0}</source>
      <translation>die Desktop-App kann nicht starten: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="611" />
      <source>participants cannot join: {0}</source>
      <translation>Teilnehmende können nicht beitreten: {0}</translation>
    </message>
  </context>
  <context>
    <name>Compare</name>
    <message>
      <location filename="../../collabworkshop/cli.py" line="573" />
      <source>undated</source>
      <translation>ohne Datum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/cli.py" line="576" />
      <source>Today's position (0 cooperation .. 100 collaboration); gap = median(Needed) - median(Today)</source>
      <translation>Position von Heute (0 Kooperation .. 100 Kollaboration); Lücke = Median(Soll) - Median(Heute)</translation>
    </message>
  </context>
  <context>
    <name>Console</name>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="63" />
      <source>Facilitator script</source>
      <translation>Moderationsskript</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="69" />
      <source>Timer</source>
      <translation>Timer</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="73" />
      <source>Beep when time is up</source>
      <translation>Signalton, wenn die Zeit um ist</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="80" />
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="102" />
      <source>Audience display</source>
      <translation>Publikumsanzeige</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="105" />
      <location filename="../../collabworkshop/ui/presentation/console.py" line="267" />
      <source>Show display</source>
      <translation>Anzeige zeigen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="107" />
      <source>Present (F5)</source>
      <translation>Präsentieren (F5)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="109" />
      <source>Blackout (B)</source>
      <translation>Ausblenden (B)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="112" />
      <source>Swap screens</source>
      <translation>Bildschirme tauschen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="117" />
      <source>Screen:</source>
      <translation>Bildschirm:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="122" />
      <source>Screen for the audience display</source>
      <translation>Bildschirm für die Publikumsanzeige</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="139" />
      <source>Notes, decisions, parking lot</source>
      <translation>Notizen, Entscheidungen, Themenspeicher</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="170" />
      <source>No steps</source>
      <translation>Keine Schritte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="173" />
      <source>Step {0} of {1}: {2}</source>
      <translation>Schritt {0} von {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="178" />
      <source>No facilitator script for this step.</source>
      <translation>Kein Moderationsskript für diesen Schritt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="196" />
      <source>Round: {0} — {1} of {2} placed</source>
      <translation>Runde: {0} — {1} von {2} platziert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="198" />
      <source>Hidden from the room (blind round): the display shows only the count.</source>
      <translation>Vor dem Raum verborgen (verdeckte Runde): Die Anzeige zeigt nur die Anzahl.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="199" />
      <source>Reveal to the room</source>
      <translation>Dem Raum aufdecken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="201" />
      <source>Shown on the display, with its aggregates.</source>
      <translation>Auf der Anzeige zu sehen, mit ihren Kennzahlen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="202" />
      <source>Hide from the room</source>
      <translation>Vor dem Raum verbergen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="221" />
      <source>{0} of {1} have placed on every line</source>
      <translation>{0} von {1} haben auf jeder Linie platziert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="223" />
      <source>; {0} more not done yet are not listed</source>
      <translation>; {0} weitere, die noch nicht fertig sind, werden nicht aufgeführt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="227" />
      <source>Who has placed</source>
      <translation>Wer hat platziert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="228" />
      <source>No teams yet: add them in Set-up.</source>
      <translation>Noch keine Teams: Fügen Sie sie in der Einrichtung hinzu.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="235" />
      <source>Aggregates</source>
      <translation>Kennzahlen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="254" />
      <source>Screen {0}</source>
      <translation>Bildschirm {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="258" />
      <source>, this window</source>
      <translation>, dieses Fenster</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="267" />
      <source>Hide display</source>
      <translation>Anzeige schließen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="270" />
      <source>Presenting on this screen: Esc returns here.</source>
      <translation>Präsentation auf diesem Bildschirm: Esc kehrt hierher zurück.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="272" />
      <source>Display is on {0}.</source>
      <translation>Die Anzeige ist auf {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="274" />
      <source>Display is closed; it will open on {0}.</source>
      <translation>Die Anzeige ist geschlossen; sie öffnet sich auf {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="276" />
      <source>One screen: Present (F5) shows the audience view full-screen.</source>
      <translation>Ein Bildschirm: Präsentieren (F5) zeigt die Publikumsansicht im Vollbild.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/console.py" line="278" />
      <source>Blacked out (B to show it again).</source>
      <translation>Ausgeblendet (B zeigt sie wieder).</translation>
    </message>
    <message>
      <source>median</source>
      <translation type="vanished">Median</translation>
    </message>
    <message>
      <source>gap</source>
      <translation type="vanished">Lücke</translation>
    </message>
    <message>
      <source>Reveal {0}</source>
      <translation type="vanished">{0} aufdecken</translation>
    </message>
    <message>
      <source>Hide {0}</source>
      <translation type="vanished">{0} verbergen</translation>
    </message>
  </context>
  <context>
    <name>DefaultTemplate</name>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>From cooperation to collaboration</source>
      <translation>Von der Kooperation zur Kollaboration</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Overall way of working</source>
      <translation>Arbeitsweise insgesamt</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Cooperation: side by side</source>
      <translation>Kooperation: nebeneinander</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Collaboration: one team</source>
      <translation>Kollaboration: ein Team</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Relationship</source>
      <translation>Beziehung</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Transactional, contract-driven, need-to-know</source>
      <translation>Transaktional, vertragsgetrieben, Informationen nur nach Bedarf</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Relational: high trust, full transparency</source>
      <translation>Partnerschaftlich: hohes Vertrauen, volle Transparenz</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Integration</source>
      <translation>Integration</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Separate workstreams, own resources, clear interfaces</source>
      <translation>Getrennte Arbeitsstränge, eigene Ressourcen, klare Schnittstellen</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Intertwined: pooled resources, shared risk and reward</source>
      <translation>Verflochten: gebündelte Ressourcen, geteiltes Risiko und geteilter Ertrag</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Goals and accountability</source>
      <translation>Ziele und Verantwortung</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Each partner measured on its own deliverables</source>
      <translation>Jeder Partner wird an den eigenen Ergebnissen gemessen</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Goals set together, collective accountability</source>
      <translation>Gemeinsam gesetzte Ziele, gemeinsame Verantwortung</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Decisions and governance</source>
      <translation>Entscheidungen und Steuerung</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Independent decisions within clear boundaries</source>
      <translation>Unabhängige Entscheidungen innerhalb klarer Grenzen</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Joint decisions, every voice heard</source>
      <translation>Gemeinsame Entscheidungen, jede Stimme wird gehört</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>side by side</source>
      <translation>nebeneinander</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>aligned</source>
      <translation>abgestimmt</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>joined-up</source>
      <translation>verzahnt</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>integrated</source>
      <translation>integriert</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>one team</source>
      <translation>ein Team</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Cooperation</source>
      <translation>Kooperation</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Collaboration</source>
      <translation>Kollaboration</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>In one line</source>
      <translation>In einem Satz</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>working side by side on aligned but mostly separate goals</source>
      <translation>nebeneinander an abgestimmten, aber meist getrennten Zielen arbeiten</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>creating value together in one shared process</source>
      <translation>gemeinsam Wert schaffen in einem gemeinsamen Prozess</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Basis</source>
      <translation>Grundlage</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>transactional: each party contributes its piece</source>
      <translation>transaktional: Jede Partei liefert ihren Teil</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>relational: trust, transparency, shared decision-making</source>
      <translation>partnerschaftlich: Vertrauen, Transparenz, gemeinsame Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>low: activities coordinated, but separate</source>
      <translation>gering: Aktivitäten abgestimmt, aber getrennt</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>high: activities, knowledge and responsibilities intertwined</source>
      <translation>hoch: Aktivitäten, Wissen und Verantwortung verflochten</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Outcomes</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>goal-aligned, yet each focused on its own results</source>
      <translation>an den Zielen ausgerichtet, doch jeder auf die eigenen Ergebnisse bedacht</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>outcome-driven: everyone collectively accountable</source>
      <translation>ergebnisorientiert: alle tragen gemeinsam Verantwortung</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Effort</source>
      <translation>Aufwand</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>relatively easy to manage, with clear boundaries</source>
      <translation>verhältnismäßig leicht zu steuern, mit klaren Grenzen</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>harder to do well, but with greater impact</source>
      <translation>schwerer gut umzusetzen, aber mit größerer Wirkung</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Picture</source>
      <translation>Bild</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>a relay race: one finish line, each runner minds their own leg</source>
      <translation>ein Staffellauf: eine Ziellinie, jeder Läufer kümmert sich um seine Etappe</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>a jazz band: players answer each other in real time, making what none could alone</source>
      <translation>eine Jazzband: Die Musiker antworten einander in Echtzeit und schaffen, was keiner allein könnte</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Needed</source>
      <translation>Soll</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Welcome and frame</source>
      <translation>Begrüßung und Rahmen</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Cooperation or collaboration? Both mean working together towards a shared goal, but they are not the same thing. Today we look at where our partnership stands, and where this programme needs it to be. Further right is not automatically better.</source>
      <translation>Kooperation oder Kollaboration? Beides heißt, gemeinsam auf ein Ziel hinzuarbeiten, aber es ist nicht dasselbe. Heute schauen wir, wo unsere Partnerschaft steht und wo dieses Programm sie braucht. Weiter rechts ist nicht automatisch besser.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Welcome everyone and introduce yourself and the purpose of the session. Read the two columns aloud, then ask for one example from the room of each: a time we cooperated, and a time we truly collaborated. Make clear there is no right answer and that further right is not automatically better. Agree the ground rules: one conversation at a time, and what is said stays in the room.</source>
      <translation>Begrüßen Sie alle, stellen Sie sich und den Zweck der Sitzung vor. Lesen Sie die beiden Spalten vor und bitten Sie den Raum um je ein Beispiel: eine Situation, in der wir kooperiert haben, und eine, in der wir wirklich kollaboriert haben. Machen Sie deutlich, dass es keine richtige Antwort gibt und weiter rechts nicht automatisch besser ist. Vereinbaren Sie die Grundregeln: immer nur ein Gespräch, und was gesagt wird, bleibt im Raum.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Place: today</source>
      <translation>Platzieren: Heute</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Where does your team experience the partnership today? Drag your token along each line.</source>
      <translation>Wo erlebt Ihr Team die Partnerschaft heute? Ziehen Sie Ihren Marker auf jeder Linie an die passende Stelle.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Ask each team to talk for a minute, then place its token on each line for how things are today, not how they should be. Keep the results hidden until every team has placed, so nobody anchors on another team. When everyone is done, reveal the results and ask what surprises people before anyone explains.</source>
      <translation>Bitten Sie jedes Team, sich eine Minute abzustimmen und dann seinen Marker auf jeder Linie so zu setzen, wie es heute ist, nicht wie es sein sollte. Halten Sie die Ergebnisse verdeckt, bis alle Teams platziert haben, damit sich niemand an einem anderen Team orientiert. Wenn alle fertig sind, decken Sie die Ergebnisse auf und fragen Sie, was überrascht, bevor jemand etwas erklärt.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Place: needed</source>
      <translation>Platzieren: Soll</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Where does this programme need the partnership to be? Drag your token to the position the work calls for.</source>
      <translation>Wo braucht dieses Programm die Partnerschaft? Ziehen Sie Ihren Marker an die Stelle, die die Arbeit erfordert.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Now ask where this programme needs the partnership to be, given the work ahead. Remind the room that some dimensions may need less collaboration, not more. Let teams place without discussion first, then show today and needed side by side.</source>
      <translation>Fragen Sie nun, wo dieses Programm die Partnerschaft angesichts der anstehenden Arbeit braucht. Erinnern Sie den Raum daran, dass manche Dimensionen weniger Kollaboration brauchen können, nicht mehr. Lassen Sie die Teams zuerst ohne Diskussion platzieren und zeigen Sie dann Heute und Soll nebeneinander.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Discuss divergence</source>
      <translation>Unterschiede besprechen</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Where do we see things differently, and where is the gap between today and what is needed largest?</source>
      <translation>Wo sehen wir die Dinge unterschiedlich, und wo ist die Lücke zwischen heute und dem, was nötig ist, am größten?</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Start with the dimension where teams disagree most: ask the teams at each end to describe what they see that the others may not. Then move to the largest gap between today and needed. Capture decisions and parking-lot items as notes as you go. Keep the focus on examples, not on who is right.</source>
      <translation>Beginnen Sie mit der Dimension, bei der die Teams am wenigsten übereinstimmen: Bitten Sie die Teams an beiden Enden zu beschreiben, was sie sehen, was die anderen vielleicht nicht sehen. Gehen Sie dann zur größten Lücke zwischen Heute und Soll. Halten Sie Entscheidungen und Themen für den Themenspeicher laufend als Notizen fest. Bleiben Sie bei Beispielen, nicht bei der Frage, wer recht hat.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Lever vote</source>
      <translation>Hebel-Abstimmung</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Which levers would move this partnership most? Each team spreads its dots over the six levers: put more dots where you want the effort to go.</source>
      <translation>Welche Hebel würden diese Partnerschaft am meisten voranbringen? Jedes Team verteilt seine Stimmen auf die sechs Hebel: Geben Sie mehr Stimmen dorthin, wo die Anstrengung hingehen soll.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Explain the six levers in a sentence each. Give every team its dots and a few minutes to agree among themselves where to put them; a team may put all its dots on one lever. Show the tally when every team has voted and ask the teams with the most different picks to explain them. The vote sets which levers the action plan puts first.</source>
      <translation>Erklären Sie die sechs Hebel in je einem Satz. Geben Sie jedem Team seine Stimmen und ein paar Minuten, um sich zu einigen, wohin sie gehen; ein Team darf alle Stimmen auf einen Hebel setzen. Zeigen Sie das Ergebnis, wenn alle Teams abgestimmt haben, und bitten Sie die Teams mit den unterschiedlichsten Entscheidungen, sie zu erklären. Die Abstimmung bestimmt, welche Hebel der Maßnahmenplan zuerst angeht.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Action plan</source>
      <translation>Maßnahmenplan</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Which few actions close the gaps that matter? Every action has one accountable owner and a date.</source>
      <translation>Welche wenigen Maßnahmen schließen die Lücken, auf die es ankommt? Jede Maßnahme hat eine zuständige Person und ein Datum.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Generate the action plan, then walk through the suggested actions with the room. Accept, edit or drop each one; every accepted action needs one accountable owner, a date and a way to tell it worked. Aim for three to five actions, not a long list nobody will carry out.</source>
      <translation>Erstellen Sie den Maßnahmenplan und gehen Sie die vorgeschlagenen Maßnahmen mit dem Raum durch. Übernehmen, ändern oder streichen Sie jede; jede übernommene Maßnahme braucht eine zuständige Person, ein Datum und ein Kriterium, an dem man den Erfolg erkennt. Peilen Sie drei bis fünf Maßnahmen an, keine lange Liste, die niemand umsetzt.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Wrap-up</source>
      <translation>Abschluss</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>What we found, what we agreed, and when we measure again.</source>
      <translation>Was wir herausgefunden und vereinbart haben, und wann wir wieder messen.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Summarise the two or three findings that matter most and read back the agreed actions and owners. Agree when you will measure again, usually in three to six months. Thank the room, then save the session and export the report before you unplug.</source>
      <translation>Fassen Sie die zwei oder drei wichtigsten Erkenntnisse zusammen und lesen Sie die vereinbarten Maßnahmen und Zuständigen vor. Vereinbaren Sie, wann Sie wieder messen, meist in drei bis sechs Monaten. Danken Sie dem Raum, speichern Sie dann die Sitzung und exportieren Sie den Bericht, bevor Sie das Gerät abstecken.</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <location filename="../../collabworkshop/common/userfiles.py" line="34" />
      <source>{0}: {1}, not a regular file</source>
      <translation>{0}: {1}, keine normale Datei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/common/userfiles.py" line="50" />
      <source>is a loop of symbolic links</source>
      <translation>ist eine Schleife symbolischer Links</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/common/userfiles.py" line="70" />
      <source>is a folder</source>
      <translation>ist ein Ordner</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/common/userfiles.py" line="72" />
      <source>is a named pipe (FIFO)</source>
      <translation>ist eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/common/userfiles.py" line="74" />
      <source>is a socket</source>
      <translation>ist ein Socket</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/common/userfiles.py" line="76" />
      <source>is a device</source>
      <translation>ist ein Gerät</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/common/userfiles.py" line="77" />
      <source>is something other than a file</source>
      <translation>ist etwas anderes als eine Datei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/atomic.py" line="66" />
      <source>{0}: folder does not exist</source>
      <translation>{0}: Ordner existiert nicht</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/atomic.py" line="68" />
      <source>{0}: is a folder</source>
      <translation>{0}: ist ein Ordner</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/atomic.py" line="72" />
      <source>cannot write in {0}: {1}</source>
      <translation>in {0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/atomic.py" line="82" />
      <source>cannot write {0}: {1}</source>
      <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/atomic.py" line="113" />
      <location filename="../../collabworkshop/storage/atomic.py" line="128" />
      <source>only {0} of {1} bytes could be written</source>
      <translation>nur {0} von {1} Bytes konnten geschrieben werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/atomic.py" line="145" />
      <source>no free temporary name in {0}</source>
      <translation>kein freier temporärer Name in {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/backup.py" line="74" />
      <source>cannot keep a backup of {0} before replacing it ({1})</source>
      <translation>vor dem Ersetzen kann keine Sicherung von {0} angelegt werden ({1})</translation>
    </message>
  </context>
  <context>
    <name>FollowUp</name>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="36" />
      <source>Review actions</source>
      <translation>Maßnahmen überprüfen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="37" />
      <source>Since the last workshop: which actions are done, which are under way, and what is blocked?</source>
      <translation>Seit dem letzten Workshop: Welche Maßnahmen sind erledigt, welche laufen, und was ist blockiert?</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="40" />
      <source>: follow-up</source>
      <translation>: Folgetermin</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="55" />
      <source>undated</source>
      <translation>ohne Datum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="98" />
      <source>Follow-up</source>
      <translation>Folgetermin</translation>
    </message>
  </context>
  <context>
    <name>Interchange</name>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="220" />
      <location filename="../../collabworkshop/storage/interchange.py" line="228" />
      <source>not usable JSON (nested too deeply)</source>
      <translation>kein verwendbares JSON (zu tief verschachtelt)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="222" />
      <source>not valid JSON ({0})</source>
      <translation>kein gültiges JSON ({0})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="224" />
      <source>not usable JSON (a number has too many digits)</source>
      <translation>kein verwendbares JSON (eine Zahl hat zu viele Stellen)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="242" />
      <source>not a CollabWorkshop session export (format is not {0!r})</source>
      <translation>kein CollabWorkshop-Sitzungsexport (Format ist nicht {0!r})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="245" />
      <source>schema_version: missing or not a whole number</source>
      <translation>schema_version: fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="248" />
      <source>made by a newer CollabWorkshop (JSON format {0}; this version reads up to {1}). Please update the app.</source>
      <translation>von einem neueren CollabWorkshop erstellt (JSON-Format {0}; diese Version liest bis {1}). Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="253" />
      <source>schema_version: {0} is not a valid version</source>
      <translation>schema_version: {0} ist keine gültige Version</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="268" />
      <source>rounds[{0}].follows: no round with id {1!r}</source>
      <translation>rounds[{0}].follows: keine Runde mit der ID {1!r}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="274" />
      <source>participants: id {0!r} is also a team id</source>
      <translation>participants: ID {0!r} ist auch eine Team-ID</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="279" />
      <source>settings.vote_dots: expected a whole number from 1 to 20</source>
      <translation>settings.vote_dots: erwartet eine ganze Zahl von 1 bis 20</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="289" />
      <source>a session needs at least one dimension, round and step</source>
      <translation>eine Sitzung braucht mindestens eine Dimension, eine Runde und einen Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="300" />
      <source>{0}.participant: {1!r} is not in team {2!r}</source>
      <translation>{0}.participant: {1!r} ist nicht im Team {2!r}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="308" />
      <source>{0}.position: {1} is outside 0..100</source>
      <translation>{0}.position: {1} liegt außerhalb von 0..100</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="310" />
      <source>{0}: a second placement for the same round, dimension and team</source>
      <translation>{0}: eine zweite Platzierung für dieselbe Runde, Dimension und dasselbe Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="323" />
      <source>{0}.dots: expected a whole number from 1 to 1000</source>
      <translation>{0}.dots: erwartet eine ganze Zahl von 1 bis 1000</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="325" />
      <source>{0}: a second vote for the same team and lever</source>
      <translation>{0}: eine zweite Stimme für dasselbe Team und denselben Hebel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="334" />
      <source>current_step: not a whole number</source>
      <translation>current_step: keine ganze Zahl</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="404" />
      <source>{0}.supporting: expected a list of team ids</source>
      <translation>{0}.supporting: erwartet eine Liste von Team-IDs</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="407" />
      <source>{0}.supporting: no team with id {1!r}</source>
      <translation>{0}.supporting: kein Team mit der ID {1!r}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="433" />
      <source>{0}: expected an object, got {1}</source>
      <translation>{0}: erwartet ein Objekt, erhalten: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="441" />
      <source>{0}: missing</source>
      <translation>{0}: fehlt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="444" />
      <source>{0}: expected a list, got {1}</source>
      <translation>{0}: erwartet eine Liste, erhalten: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="470" />
      <location filename="../../collabworkshop/storage/interchange.py" line="535" />
      <source>{0}.{1}: missing</source>
      <translation>{0}.{1}: fehlt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="473" />
      <source>{0}.{1}: expected text, got {2}</source>
      <translation>{0}.{1}: erwartet Text, erhalten: {2}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="475" />
      <source>{0}.{1}: text too long ({2} characters; at most {3})</source>
      <translation>{0}.{1}: Text zu lang ({2} Zeichen; höchstens {3})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="482" />
      <source>{0}.{1}: not valid text (character {2} is a lone surrogate, \u{3:04x})</source>
      <translation>{0}.{1}: kein gültiger Text (Zeichen {2} ist ein einzelnes Surrogat, \u{3:04x})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="498" />
      <source>{0}.id: must not be empty</source>
      <translation>{0}.id: darf nicht leer sein</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="506" />
      <source>{0}[{1}].id: {2!r} is used twice</source>
      <translation>{0}[{1}].id: {2!r} wird zweimal verwendet</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="511" />
      <source>team</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="512" />
      <source>participant</source>
      <translation>Teilnehmende</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="513" />
      <source>round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="514" />
      <source>dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="515" />
      <source>step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="527" />
      <source>{0}.{1}: no {2} with id {3!r}</source>
      <translation>{0}.{1}: ID {3!r} nicht gefunden ({2})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="538" />
      <source>{0}.{1}: expected a number, got {2}</source>
      <translation>{0}.{1}: erwartet eine Zahl, erhalten: {2}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="541" />
      <source>{0}.{1}: not a finite number</source>
      <translation>{0}.{1}: keine endliche Zahl</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="548" />
      <source>{0}.{1}: expected true or false, got {2}</source>
      <translation>{0}.{1}: erwartet true oder false, erhalten: {2}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="556" />
      <source>{0}.{1}: expected whole seconds from 0 to a week</source>
      <translation>{0}.{1}: erwartet ganze Sekunden von 0 bis zu einer Woche</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/interchange.py" line="568" />
      <source>{0}.{1}: {2!r} is not one of {3}</source>
      <translation>{0}.{1}: {2!r} ist keiner der Werte {3}</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation type="vanished">true/false</translation>
    </message>
    <message>
      <source>a number</source>
      <translation type="vanished">eine Zahl</translation>
    </message>
    <message>
      <source>text</source>
      <translation type="vanished">Text</translation>
    </message>
    <message>
      <source>a list</source>
      <translation type="vanished">eine Liste</translation>
    </message>
    <message>
      <source>an object</source>
      <translation type="vanished">ein Objekt</translation>
    </message>
  </context>
  <context>
    <name>JoinDialog</name>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="58" />
      <source>unknown interface</source>
      <translation>unbekannte Schnittstelle</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="61" />
      <source>this computer only</source>
      <translation>nur dieser Computer</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="63" />
      <source>link-local, phones cannot reach it</source>
      <translation>link-lokal, für Telefone nicht erreichbar</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="66" />
      <source>default route</source>
      <translation>Standardroute</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="74" />
      <source>Let participants join</source>
      <translation>Teilnehmende beitreten lassen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="78" />
      <source>Participants join from their phones' browsers over this network. The phones must be on the same network as this computer.</source>
      <translation>Die Teilnehmenden treten über den Browser ihres Telefons in diesem Netzwerk bei. Die Telefone müssen im selben Netzwerk sein wie dieser Computer.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="86" />
      <source>Network the phones join on</source>
      <translation>Netzwerk, über das die Telefone beitreten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="89" />
      <source>&amp;Network:</source>
      <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="94" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="97" />
      <source>&amp;Port:</source>
      <translation>&amp;Port:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="113" />
      <source>&amp;Allow anonymous phones (no name needed)</source>
      <translation>&amp;Anonyme Telefone erlauben (kein Name nötig)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="120" />
      <source>&amp;Start joining</source>
      <translation>Beitritt &amp;starten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="138" />
      <source>⚠ No network address found on this computer.</source>
      <translation>⚠ Auf diesem Computer wurde keine Netzwerkadresse gefunden.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="140" />
      <source>⚠ Only this computer's own addresses were found: phones cannot reach them. Connect this computer to the room's Wi-Fi (or your phone's hotspot) and open this again.</source>
      <translation>⚠ Es wurden nur die eigenen Adressen dieses Computers gefunden: Telefone können sie nicht erreichen. Verbinden Sie diesen Computer mit dem WLAN des Raums (oder dem Hotspot Ihres Telefons) und öffnen Sie dies erneut.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="144" />
      <source>⚠ Phones cannot reach this address; choose another network.</source>
      <translation>⚠ Telefone können diese Adresse nicht erreichen; wählen Sie ein anderes Netzwerk.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/join_dialog.py" line="150" />
      <source>Port {0} is in use on this address: a free port will be taken instead, and shown once joining starts.</source>
      <translation>Port {0} ist auf dieser Adresse belegt: Stattdessen wird ein freier Port genommen und angezeigt, sobald der Beitritt startet.</translation>
    </message>
  </context>
  <context>
    <name>JoinScreen</name>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="88" />
      <source>QR code of the join address</source>
      <translation>QR-Code der Beitrittsadresse</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="180" />
      <source>Join screen</source>
      <translation>Beitrittsbildschirm</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="182" />
      <source>Join from your phone</source>
      <translation>Mit dem Telefon beitreten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="202" />
      <source>Scan the code with your phone's camera, or open</source>
      <translation>Scannen Sie den Code mit der Kamera Ihres Telefons oder öffnen Sie</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="204" />
      <source>and enter the code</source>
      <translation>und geben Sie den Code ein</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="229" />
      <source>Address: {0}</source>
      <translation>Adresse: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="231" />
      <source>Join code: {0}</source>
      <translation>Beitrittscode: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="232" />
      <source>%n phone has joined|%n phones have joined</source>
      <translation>
        <numerusform>%n Telefon ist beigetreten</numerusform>
        <numerusform>%n Telefone sind beigetreten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="233" />
      <source>No one has joined yet</source>
      <translation>Noch niemand ist beigetreten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="237" />
      <source>Joining is closed for now.</source>
      <translation>Der Beitritt ist vorerst geschlossen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="285" />
      <source>How to join</source>
      <translation>So treten Sie bei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/join_screen.py" line="295" />
      <source>Join: {0}  ·  code {1}</source>
      <translation>Beitreten: {0}  ·  Code {1}</translation>
    </message>
  </context>
  <context>
    <name>Limits</name>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="57" />
      <source>teams</source>
      <translation>Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="58" />
      <source>participants</source>
      <translation>Teilnehmende</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="59" />
      <source>dimensions</source>
      <translation>Dimensionen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="60" />
      <source>rounds</source>
      <translation>Runden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="61" />
      <source>steps</source>
      <translation>Schritte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="62" />
      <source>actions</source>
      <translation>Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="63" />
      <source>notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="64" />
      <source>votes</source>
      <translation>Stimmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="65" />
      <source>placements</source>
      <translation>Platzierungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="80" />
      <source>{0:,} {1}: more than the {2:,} {1} CollabWorkshop supports</source>
      <translation>{0:,} {1}: mehr als die {2:,} {1}, die CollabWorkshop unterstützt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/limits.py" line="90" />
      <source>CollabWorkshop supports at most {0:,} {1}</source>
      <translation>CollabWorkshop unterstützt höchstens {0:,} {1}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../collabworkshop/ui/app/close_dialog.py" line="21" />
      <source>“{0}” has not been saved to a file yet. Save it before closing?</source>
      <translation>„{0}“ ist noch nicht in einer Datei gespeichert. Vor dem Schließen speichern?</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/close_dialog.py" line="23" />
      <source>Your changes to “{0}” are not saved yet (the file will be upgraded to the current format). Save them before closing?</source>
      <translation>Ihre Änderungen an „{0}“ sind noch nicht gespeichert (die Datei wird auf das aktuelle Format aktualisiert). Vor dem Schließen speichern?</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/close_dialog.py" line="28" />
      <source>Save this session?</source>
      <translation>Diese Sitzung speichern?</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/close_dialog.py" line="45" />
      <source>Your latest changes are not in the file</source>
      <translation>Ihre letzten Änderungen sind nicht in der Datei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/close_dialog.py" line="47" />
      <source>“{0}”: the latest changes could not be saved to {1} ({2}).</source>
      <translation>„{0}“: Die letzten Änderungen konnten nicht in {1} gespeichert werden ({2}).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/close_dialog.py" line="49" />
      <source>Save As writes the session to another file. Keep for recovery closes it and keeps your work: the next time CollabWorkshop starts, it offers to recover it. Discard closes it and loses the changes the file does not have.</source>
      <translation>„Speichern unter“ schreibt die Sitzung in eine andere Datei. „Zur Wiederherstellung behalten“ schließt sie und bewahrt Ihre Arbeit: Beim nächsten Start bietet CollabWorkshop an, sie wiederherzustellen. „Verwerfen“ schließt sie, und die Änderungen, die nicht in der Datei sind, gehen verloren.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/close_dialog.py" line="54" />
      <source>Save &amp;As…</source>
      <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/close_dialog.py" line="55" />
      <source>&amp;Keep for recovery</source>
      <translation>Zur &amp;Wiederherstellung behalten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/close_dialog.py" line="56" />
      <source>&amp;Discard</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="73" />
      <source>Exported placements to {0} and actions to {1}</source>
      <translation>Platzierungen nach {0} und Maßnahmen nach {1} exportiert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="81" />
      <source>Nothing to put in a calendar</source>
      <translation>Nichts für einen Kalender</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="82" />
      <source>No action has a due date (YYYY-MM-DD) yet; add due dates in the plan first.</source>
      <translation>Noch keine Maßnahme hat ein Fälligkeitsdatum (JJJJ-MM-TT); tragen Sie zuerst Fälligkeitsdaten im Plan ein.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/ui/app/exports.py" line="89" />
      <source>Exported %n action(s) with a due date to {0}</source>
      <translation>
        <numerusform>%n Maßnahme mit Fälligkeitsdatum nach {0} exportiert</numerusform>
        <numerusform>%n Maßnahmen mit Fälligkeitsdatum nach {0} exportiert</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="91" />
      <source>; {0} without a due date left out</source>
      <translation>; {0} ohne Fälligkeitsdatum ausgelassen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="99" />
      <source>&amp;PDF report…</source>
      <translation>&amp;PDF-Bericht …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="99" />
      <source>Export PDF report</source>
      <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="100" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="100" />
      <source>Could not write the report</source>
      <translation>Der Bericht konnte nicht geschrieben werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="101" />
      <source>Report written to {0}</source>
      <translation>Bericht geschrieben nach {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="102" />
      <source>Writing the report…</source>
      <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="103" />
      <source>PDF report with the full appendix (*.pdf)</source>
      <translation>PDF-Bericht mit vollständigem Anhang (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="104" />
      <source>&amp;CSV spreadsheets (placements, actions)…</source>
      <translation>&amp;CSV-Tabellen (Platzierungen, Maßnahmen) …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="105" />
      <source>Export CSV (placements; the actions go beside it)</source>
      <translation>CSV exportieren (Platzierungen; die Maßnahmen kommen daneben)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="105" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="106" />
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="106" />
      <location filename="../../collabworkshop/ui/app/exports.py" line="108" />
      <location filename="../../collabworkshop/ui/app/exports.py" line="113" />
      <location filename="../../collabworkshop/ui/app/exports.py" line="116" />
      <source>Could not export {0}</source>
      <translation>{0} konnte nicht exportiert werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="107" />
      <source>&amp;Markdown…</source>
      <translation>&amp;Markdown …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="107" />
      <source>Export Markdown</source>
      <translation>Markdown exportieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="108" />
      <source>Markdown files (*.md)</source>
      <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="108" />
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="109" />
      <location filename="../../collabworkshop/ui/app/exports.py" line="120" />
      <source>Exported to {0}</source>
      <translation>Exportiert nach {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="110" />
      <source>Markdown with the full appendix (*.md)</source>
      <translation>Markdown mit vollständigem Anhang (*.md)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="111" />
      <source>&amp;Action calendar (.ics)…</source>
      <translation>&amp;Maßnahmenkalender (.ics) …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="112" />
      <source>Export action calendar</source>
      <translation>Maßnahmenkalender exportieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="112" />
      <source>Calendar files (*.ics)</source>
      <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="113" />
      <source>the calendar</source>
      <translation>der Kalender</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="115" />
      <source>&amp;Board image (PNG)…</source>
      <translation>&amp;Bild des Boards (PNG) …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="116" />
      <source>PNG images (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="116" />
      <source>the board image</source>
      <translation>das Bild des Boards</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="117" />
      <source>Board image written to {0}</source>
      <translation>Bild des Boards geschrieben nach {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="118" />
      <source>&amp;JSON (complete, re-importable)…</source>
      <translation>&amp;JSON (vollständig, wieder importierbar) …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="118" />
      <source>Export JSON</source>
      <translation>JSON exportieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="119" />
      <source>JSON files (*.json)</source>
      <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="119" />
      <source>Could not export JSON</source>
      <translation>JSON konnte nicht exportiert werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="159" />
      <source>Export cancelled; nothing was written</source>
      <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="227" />
      <location filename="../../collabworkshop/ui/app/opening.py" line="118" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="227" />
      <source>Exporting…</source>
      <translation>Exportiere…</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="284" />
      <source>Drawing the board ({0} of {1})</source>
      <translation>Zeichne das Board ({0} von {1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="329" />
      <source>Exporting</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="336" />
      <location filename="../../collabworkshop/ui/app/opening.py" line="170" />
      <source>Cancelling…</source>
      <translation>Breche ab…</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="377" />
      <location filename="../../collabworkshop/ui/app/exports.py" line="115" />
      <source>Export board image</source>
      <translation>Bild des Boards exportieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/exports.py" line="377" />
      <source>Round to draw:</source>
      <translation>Zu zeichnende Runde:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="21" />
      <source>Next step</source>
      <translation>Nächster Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="22" />
      <source>Previous step</source>
      <translation>Vorheriger Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="23" />
      <source>Start or pause the step timer</source>
      <translation>Den Timer des Schritts starten oder anhalten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="24" />
      <source>Present: the audience display (full-screen)</source>
      <translation>Präsentieren: die Publikumsanzeige (Vollbild)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="25" />
      <source>Show or hide the facilitator console panel</source>
      <translation>Das Konsolenfeld der Moderation zeigen oder ausblenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="26" />
      <source>Blackout: blank the display, and back</source>
      <translation>Ausblenden: die Anzeige leeren und zurück</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="27" />
      <source>Show or hide the join screen (while participants join from phones)</source>
      <translation>Beitrittsbildschirm zeigen oder ausblenden (während Teilnehmende per Telefon beitreten)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="28" />
      <source>Leave presentation mode</source>
      <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="29" />
      <source>Set-up, or go to a step</source>
      <translation>Einrichtung, oder zu einem Schritt gehen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="30" />
      <source>Move between tokens on the board</source>
      <translation>Zwischen den Markern auf dem Board wechseln</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="31" />
      <source>Move the focused token (when a token has focus)</source>
      <translation>Den Marker mit Fokus verschieben (wenn ein Marker den Fokus hat)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="32" />
      <source>Move the focused token to a pole</source>
      <translation>Den Marker mit Fokus an einen Pol setzen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="33" />
      <source>Keep the token's move / put it back</source>
      <translation>Die Verschiebung des Markers behalten / ihn zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="34" />
      <source>Zoom the board</source>
      <translation>Das Board zoomen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="35" />
      <source>Take the focused token off the line</source>
      <translation>Den Marker mit Fokus von der Linie nehmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="36" />
      <source>Undo / redo</source>
      <translation>Rückgängig / wiederholen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="37" />
      <source>Generate the action plan</source>
      <translation>Den Maßnahmenplan erstellen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="38" />
      <source>Accept / drop the selected action (plan)</source>
      <translation>Die ausgewählte Maßnahme übernehmen / streichen (Plan)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="39" />
      <source>Move the selected action or agenda step up / down</source>
      <translation>Die ausgewählte Maßnahme oder den Agendaschritt nach oben / unten verschieben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="40" />
      <source>Edit the agenda</source>
      <translation>Die Agenda bearbeiten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="41" />
      <source>New session / new session from a template</source>
      <translation>Neue Sitzung / neue Sitzung aus einer Vorlage</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="42" />
      <source>Open / save</source>
      <translation>Öffnen / speichern</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="43" />
      <source>Export the PDF report</source>
      <translation>Den PDF-Bericht exportieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="44" />
      <source>Light / dark / high-contrast theme</source>
      <translation>Helles / dunkles / kontrastreiches Design</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="47" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="53" />
      <source>About CollabWorkshop</source>
      <translation>Über CollabWorkshop</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/help.py" line="54" />
      <source>&lt;h3&gt;CollabWorkshop {0}&lt;/h3&gt;&lt;p&gt;A facilitated workshop on moving a partnership from cooperation to collaboration. Works offline; your sessions stay on this computer.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;CollabWorkshop {0}&lt;/h3&gt;&lt;p&gt;Ein moderierter Workshop, der eine Partnerschaft von der Kooperation zur Kollaboration führt. Funktioniert offline; Ihre Sitzungen bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="118" />
      <location filename="../../collabworkshop/ui/app/menus.py" line="138" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="118" />
      <source>&amp;Undo {0}</source>
      <translation>&amp;Rückgängig: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="119" />
      <location filename="../../collabworkshop/ui/app/menus.py" line="139" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="119" />
      <source>&amp;Redo {0}</source>
      <translation>&amp;Wiederholen: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="168" />
      <location filename="../../collabworkshop/ui/app/main_window.py" line="184" />
      <source>Could not start a new session</source>
      <translation>Es konnte keine neue Sitzung begonnen werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="194" />
      <location filename="../../collabworkshop/ui/app/opening.py" line="115" />
      <source>Open session</source>
      <translation>Sitzung öffnen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="194" />
      <source>CollabWorkshop sessions (*{0});;All files (*)</source>
      <translation>CollabWorkshop-Sitzungen (*{0});;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="208" />
      <source>Could not open the sample session</source>
      <translation>Die Beispielsitzung konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="233" />
      <source>Opening {0} cancelled; nothing was opened</source>
      <translation>Öffnen von {0} abgebrochen; nichts wurde geöffnet</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="236" />
      <source>Could not open the session</source>
      <translation>Die Sitzung konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="261" />
      <source>Save the session first</source>
      <translation>Speichern Sie die Sitzung zuerst</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="262" />
      <source>A follow-up starts from a saved session. Save this one, then start the follow-up.</source>
      <translation>Ein Folgetermin beginnt mit einer gespeicherten Sitzung. Speichern Sie diese und beginnen Sie dann den Folgetermin.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="268" />
      <source>Could not start the follow-up</source>
      <translation>Der Folgetermin konnte nicht begonnen werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="273" />
      <source>Follow-up started: save it to keep it</source>
      <translation>Folgetermin begonnen: Speichern Sie ihn, um ihn zu behalten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="292" />
      <source>Recovered “{0}”</source>
      <translation>„{0}“ wiederhergestellt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="294" />
      <location filename="../../collabworkshop/ui/app/main_window.py" line="308" />
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="294" />
      <source>Could not update {0}: {1}. Your work is kept; use Save As to save it elsewhere.</source>
      <translation>{0} konnte nicht aktualisiert werden: {1}. Ihre Arbeit bleibt erhalten; sichern Sie sie mit „Speichern unter“ an anderer Stelle.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="309" />
      <source>Saved to {0}</source>
      <translation>Gespeichert unter {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="357" />
      <source>“{0}” is kept: CollabWorkshop offers to recover it when it next starts</source>
      <translation>„{0}“ bleibt erhalten: CollabWorkshop bietet beim nächsten Start an, die Sitzung wiederherzustellen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="392" />
      <source>Save session as</source>
      <translation>Sitzung speichern unter</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="392" />
      <source>CollabWorkshop sessions (*{0})</source>
      <translation>CollabWorkshop-Sitzungen (*{0})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/main_window.py" line="511" />
      <source>The language changes when CollabWorkshop starts next.</source>
      <translation>Die Sprache wechselt beim nächsten Start von CollabWorkshop.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="109" />
      <source>System language</source>
      <translation>Systemsprache</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="112" />
      <source>Go to step {0}</source>
      <translation>Zu Schritt {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="117" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="118" />
      <source>&amp;New session</source>
      <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="119" />
      <source>New session from &amp;template…</source>
      <translation>Neue Sitzung aus &amp;Vorlage …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="121" />
      <source>&amp;Open…</source>
      <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="122" />
      <source>Open the sa&amp;mple session</source>
      <translation>&amp;Beispielsitzung öffnen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="123" />
      <source>Open &amp;recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="125" />
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="126" />
      <source>Save &amp;as…</source>
      <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="128" />
      <source>E&amp;xport</source>
      <translation>E&amp;xportieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="130" />
      <source>Start &amp;follow-up…</source>
      <translation>&amp;Folgetermin beginnen …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="131" />
      <source>A new session with these teams and agenda, today's results as the baseline and the accepted actions to review</source>
      <translation>Eine neue Sitzung mit diesen Teams und dieser Agenda, den heutigen Ergebnissen als Ausgangswert und den übernommenen Maßnahmen zur Überprüfung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="134" />
      <source>&amp;Close session</source>
      <translation>Sitzung s&amp;chließen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="135" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="137" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="141" />
      <source>&amp;Workshop</source>
      <translation>&amp;Workshop</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="144" />
      <source>&amp;Next step</source>
      <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="146" />
      <source>&amp;Previous step</source>
      <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="148" />
      <source>Session &amp;set-up</source>
      <translation>Sitzung &amp;einrichten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="151" />
      <source>&amp;Generate action plan</source>
      <translation>Maßnahmenplan &amp;erstellen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="152" />
      <source>&amp;Trend since baseline…</source>
      <translation>&amp;Entwicklung seit dem Ausgangswert …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="154" />
      <source>Edit &amp;agenda…</source>
      <translation>&amp;Agenda bearbeiten …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="156" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="159" />
      <source>Next &amp;region</source>
      <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="160" />
      <source>Pre&amp;vious region</source>
      <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="162" />
      <source>&amp;Statistics beside the board</source>
      <translation>&amp;Statistik neben dem Board</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="165" />
      <source>&amp;Theme</source>
      <translation>&amp;Design</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="166" />
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="168" />
      <location filename="../../collabworkshop/ui/app/menus.py" line="169" />
      <source>&amp;Present</source>
      <translation>&amp;Präsentieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="170" />
      <source>Show or hide the audience &amp;display</source>
      <translation>Publikums&amp;anzeige zeigen oder schließen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="172" />
      <source>S&amp;wap screens</source>
      <translation>Bildschirme &amp;tauschen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="173" />
      <source>&amp;Blackout</source>
      <translation>&amp;Ausblenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="176" />
      <source>&amp;Start or pause the timer</source>
      <translation>Timer &amp;starten oder anhalten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="178" />
      <source>&amp;Add a minute</source>
      <translation>Eine &amp;Minute hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="179" />
      <source>&amp;Reset the timer</source>
      <translation>Timer &amp;zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="181" />
      <source>Leave presentation</source>
      <translation>Präsentation verlassen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="184" />
      <source>Let participants &amp;join</source>
      <translation>Teilnehmende &amp;beitreten lassen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="185" />
      <source>Participants join from their phones on this network (docs/participants.md)</source>
      <translation>Teilnehmende machen in diesem Netzwerk mit ihren Handys mit (docs/participants.md)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="186" />
      <source>Show or hide the join &amp;screen</source>
      <translation>Beitritts&amp;bildschirm zeigen oder ausblenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="189" />
      <source>Facilitator &amp;console panel</source>
      <translation>&amp;Konsolenfeld der Moderation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="191" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="192" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/menus.py" line="193" />
      <source>&amp;About CollabWorkshop</source>
      <translation>Ü&amp;ber CollabWorkshop</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/opening.py" line="118" />
      <source>Opening {0}…</source>
      <translation>{0} wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/presentation_part.py" line="30" />
      <location filename="../../collabworkshop/ui/app/presentation_part.py" line="111" />
      <source>Facilitator console</source>
      <translation>Moderationskonsole</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/presentation_part.py" line="38" />
      <source>Console (F9)</source>
      <translation>Konsole (F9)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/presentation_part.py" line="40" />
      <source>Show the facilitator console (F9); on a narrow window it gives the board the room.</source>
      <translation>Moderationskonsole anzeigen (F9); in einem schmalen Fenster überlässt sie dem Board den Platz.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/upgrade_notice.py" line="25" />
      <source>This file was made by an older CollabWorkshop{0}. It will be upgraded when you save (Ctrl+S); the original is kept as {1}.</source>
      <translation>Diese Datei stammt von einem älteren CollabWorkshop{0}. Sie wird beim Speichern (Strg+S) aktualisiert; das Original bleibt als {1} erhalten.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/upgrade_notice.py" line="27" />
      <source> (format {0})</source>
      <translation> (Format {0})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/upgrade_notice.py" line="46" />
      <source>Upgraded and saved; the original is kept as {0}</source>
      <translation>Aktualisiert und gespeichert; das Original bleibt als {0} erhalten</translation>
    </message>
    <message>
      <source>Export &amp;PDF report…</source>
      <translation type="vanished">&amp;PDF-Bericht exportieren …</translation>
    </message>
    <message>
      <source>Export &amp;JSON…</source>
      <translation type="vanished">&amp;JSON exportieren …</translation>
    </message>
    <message>
      <source>Exported {0} action(s) with a due date to {1}</source>
      <translation type="vanished">{0} Maßnahme(n) mit Fälligkeitsdatum nach {1} exportiert</translation>
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="45" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="45" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="45" />
      <source>Text (F2 to edit)</source>
      <translation>Text (F2 zum Bearbeiten)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="77" />
      <source>Kind of note</source>
      <translation>Art der Notiz</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="81" />
      <source>Dimension of the note</source>
      <translation>Dimension der Notiz</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="90" />
      <source>Type, then Enter to add</source>
      <translation>Tippen, dann Eingabe zum Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="91" />
      <source>New note</source>
      <translation>Neue Notiz</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="92" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="93" />
      <source>Add the note</source>
      <translation>Die Notiz hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="102" />
      <source>Notes and decisions for this step</source>
      <translation>Notizen und Entscheidungen zu diesem Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="104" />
      <source>&lt;b&gt;Parking lot&lt;/b&gt; (from every step)</source>
      <translation>&lt;b&gt;Themenspeicher&lt;/b&gt; (aus allen Schritten)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="107" />
      <source>Parking lot</source>
      <translation>Themenspeicher</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="109" />
      <source>Delete selected note</source>
      <translation>Ausgewählte Notiz löschen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="149" />
      <source>&lt;b&gt;This step&lt;/b&gt;: {0}</source>
      <translation>&lt;b&gt;Dieser Schritt&lt;/b&gt;: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/notes_panel.py" line="153" />
      <source>Whole step</source>
      <translation>Ganzer Schritt</translation>
    </message>
    <message>
      <source>Add {0}</source>
      <translation type="vanished">{0} hinzufügen</translation>
    </message>
    <message>
      <source>Edit note</source>
      <translation type="vanished">Notiz bearbeiten</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation type="vanished">Notiz löschen</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <location filename="../../collabworkshop/session/operations/agenda.py" line="18" />
      <location filename="../../collabworkshop/session/operations/rounds.py" line="38" />
      <source>The agenda has no step {0}.</source>
      <translation>Die Agenda hat keinen Schritt {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/agenda.py" line="24" />
      <source>A {0} step needs a round.</source>
      <translation>Ein Schritt der Art „{0}“ braucht eine Runde.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/agenda.py" line="29" />
      <location filename="../../collabworkshop/session/operations/rounds.py" line="17" />
      <source>This session has no round {0}.</source>
      <translation>Diese Sitzung hat keine Runde {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/agenda.py" line="37" />
      <source>The agenda has a step {0} already.</source>
      <translation>Die Agenda hat bereits einen Schritt {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/agenda.py" line="45" />
      <source>An agenda needs at least one step. Add another step before removing “{0}”.</source>
      <translation>Eine Agenda braucht mindestens einen Schritt. Fügen Sie einen weiteren Schritt hinzu, bevor Sie „{0}“ entfernen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/agenda.py" line="73" />
      <source>The new order does not name every step once.</source>
      <translation>Die neue Reihenfolge nennt nicht jeden Schritt genau einmal.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/info.py" line="18" />
      <source>A session has no field {0}.</source>
      <translation>Eine Sitzung hat kein Feld {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/info.py" line="26" />
      <source>Each team has 1 to {0} dots.</source>
      <translation>Jedes Team hat 1 bis {0} Stimmen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/notes.py" line="17" />
      <source>This session has no note {0}.</source>
      <translation>Diese Sitzung hat keine Notiz {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/notes.py" line="24" />
      <source>A note needs some text.</source>
      <translation>Eine Notiz braucht etwas Text.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/plan.py" line="25" />
      <source>{0} is the accountable owner; the owner does not also support the action.</source>
      <translation>{0} ist verantwortlich; wer verantwortlich ist, unterstützt die Maßnahme nicht zusätzlich.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/plan.py" line="34" />
      <source>The plan has no action {0}.</source>
      <translation>Der Plan hat keine Maßnahme {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/plan.py" line="82" />
      <location filename="../../collabworkshop/session/operations/plan.py" line="122" />
      <source>An action needs a title.</source>
      <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/plan.py" line="113" />
      <location filename="../../collabworkshop/session/operations/teams.py" line="22" />
      <location filename="../../collabworkshop/session/operations/votes.py" line="23" />
      <source>This session has no team {0}.</source>
      <translation>Diese Sitzung hat kein Team {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/rounds.py" line="25" />
      <source>{0} comes from an earlier session and cannot be hidden.</source>
      <translation>{0} stammt aus einer früheren Sitzung und kann nicht verborgen werden.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/rounds.py" line="41" />
      <source>The step has no round to place again.</source>
      <translation>Der Schritt hat keine Runde, die erneut platziert werden kann.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/teams.py" line="14" />
      <source>A team needs a name.</source>
      <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/teams.py" line="15" />
      <source>A participant needs a name.</source>
      <translation>Eine teilnehmende Person braucht einen Namen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/teams.py" line="30" />
      <source>This session has no participant {0}.</source>
      <translation>Diese Sitzung hat keine teilnehmende Person {0}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/session/operations/votes.py" line="30" />
      <source>{0} has placed all {1}. Take a dot off another lever first.</source>
      <translation>{0} hat alle {1} vergeben. Nehmen Sie zuerst eine Stimme von einem anderen Hebel.</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="119" />
      <location filename="../../collabworkshop/ui/steps/pages.py" line="324" />
      <source>&amp;Hide placements</source>
      <translation>Platzierungen &amp;verbergen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="122" />
      <source>Blind placement: hide everyone's tokens and the statistics until you reveal them (this round only).</source>
      <translation>Verdeckte Platzierung: Alle Marker und die Statistik bleiben verborgen, bis Sie sie aufdecken (nur diese Runde).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="124" />
      <location filename="../../collabworkshop/ui/steps/pages.py" line="380" />
      <source>Show &amp;movement</source>
      <translation>&amp;Bewegung zeigen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="127" />
      <source>Arrows from each token's place in the previous round to this one, and whether the group converges.</source>
      <translation>Pfeile vom Platz jedes Markers in der vorigen Runde zu dieser, und ob die Gruppe zusammenrückt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="129" />
      <source>Add &amp;re-placement round</source>
      <translation>&amp;Runde zum erneuten Platzieren hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="131" />
      <source>After the discussion: place the tokens of this round again, in a new round (all rounds are kept).</source>
      <translation>Nach der Diskussion: die Marker dieser Runde in einer neuen Runde erneut platzieren (alle Runden bleiben erhalten).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="141" />
      <source>The statistics of the dimension in focus; F7 shows them all beside the board.</source>
      <translation>Die Statistik der gewählten Dimension; F7 zeigt die ganze Statistik neben dem Board.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="142" />
      <source>Statistics summary</source>
      <translation>Statistik-Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="143" />
      <source>Statistics (F7)</source>
      <translation>Statistik (F7)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="146" />
      <source>Show or hide the statistics beside the board (F7); on a narrow window they give the board the room.</source>
      <translation>Statistik neben dem Board ein- oder ausblenden (F7); in einem schmalen Fenster überlässt sie dem Board den Platz.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="164" />
      <source>Placed count</source>
      <translation>Anzahl platziert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="185" />
      <source>Divergence and perception gaps</source>
      <translation>Abweichungen und Wahrnehmungslücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="282" />
      <location filename="../../collabworkshop/ui/steps/pages.py" line="342" />
      <location filename="../../collabworkshop/ui/steps/pages.py" line="339" />
      <source>Placed: {0} of {1}</source>
      <translation>Platziert: {0} von {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="285" />
      <source>{0}: median {1}, rwg {2}, {3}</source>
      <translation>{0}: Median {1}, rwg {2}, {3}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="324" />
      <source>&amp;Reveal placements</source>
      <translation>Platzierungen &amp;aufdecken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="341" />
      <source>Tokens and statistics stay hidden until the facilitator reveals them.</source>
      <translation>Marker und Statistik bleiben verborgen, bis die Moderation sie aufdeckt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="380" />
      <source>Hide &amp;movement</source>
      <translation>Bewegung &amp;ausblenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="474" />
      <source>{0}: every dimension is aligned (lowest rwg {1}, on {2}).</source>
      <translation>{0}: Bei jeder Dimension herrscht Einigkeit (niedrigster rwg {1}, bei {2}).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="478" />
      <source>Most divergent in {0}: &lt;b&gt;{1}&lt;/b&gt; ({2}, rwg {3}, SD {4:.0f})</source>
      <translation>Am uneinigsten in {0}: &lt;b&gt;{1}&lt;/b&gt; ({2}, rwg {3}, SD {4:.0f})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="495" />
      <source>and</source>
      <translation>und</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="496" />
      <source>points apart</source>
      <translation>Punkte auseinander</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="499" />
      <source>Perception gaps of 25 points or more: </source>
      <translation>Wahrnehmungslücken von 25 Punkten oder mehr: </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="500" />
      <source> and {0} more</source>
      <translation> und {0} weitere</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="502" />
      <source>No two teams are 25 points or more apart.</source>
      <translation>Keine zwei Teams liegen 25 Punkte oder mehr auseinander.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="521" />
      <source>Workshop summary</source>
      <translation>Zusammenfassung des Workshops</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="524" />
      <source>&amp;Save session as…</source>
      <translation>Sitzung &amp;speichern unter …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="525" />
      <source>Export &amp;PDF report…</source>
      <translation>&amp;PDF-Bericht exportieren …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="526" />
      <source>Export &amp;JSON…</source>
      <translation>&amp;JSON exportieren …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="550" />
      <source>Largest gap: &lt;b&gt;{0}&lt;/b&gt;, from {1} today to {2} needed ({3}, {4}).</source>
      <translation>Größte Lücke: &lt;b&gt;{0}&lt;/b&gt;, von {1} heute auf {2} im Soll ({3}, {4}).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="565" />
      <source>Agreed actions</source>
      <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="568" />
      <source>{0} more suggested, not accepted yet.</source>
      <translation>{0} weitere vorgeschlagen, noch nicht übernommen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="570" />
      <source>{0} suggested actions, none accepted yet: accept them on the Action plan step.</source>
      <translation>{0} vorgeschlagene Maßnahmen, noch keine übernommen: Übernehmen Sie sie im Schritt Maßnahmenplan.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="573" />
      <source>No action plan yet: go back to the Action plan step to generate one.</source>
      <translation>Noch kein Maßnahmenplan: Gehen Sie zurück zum Schritt Maßnahmenplan, um einen zu erstellen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="583" />
      <source>The step timer has not been used.</source>
      <translation>Der Timer der Schritte wurde nicht benutzt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="593" />
      <source>over by {0}</source>
      <translation>{0} überzogen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="596" />
      <source>Total</source>
      <translation>Gesamt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="598" />
      <location filename="../../collabworkshop/ui/steps/pages.py" line="583" />
      <source>Time per step</source>
      <translation>Zeit je Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="599" />
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="599" />
      <source>Planned</source>
      <translation>Geplant</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/pages.py" line="599" />
      <source>Actual</source>
      <translation>Tatsächlich</translation>
    </message>
    <message>
      <source>Hide placements</source>
      <translation type="vanished">Platzierungen verbergen</translation>
    </message>
    <message>
      <source>Reveal placements</source>
      <translation type="vanished">Platzierungen aufdecken</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPanel</name>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="54" />
      <source>Participants' phones</source>
      <translation>Telefone der Teilnehmenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="72" />
      <source>Phones that have joined, by team</source>
      <translation>Beigetretene Telefone, nach Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="92" />
      <source>Allow anonymous phones</source>
      <translation>Anonyme Telefone erlauben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="98" />
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="168" />
      <source>Show join screen (J)</source>
      <translation>Beitrittsbildschirm zeigen (J)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="100" />
      <source>Show or hide the join screen on the display</source>
      <translation>Beitrittsbildschirm auf der Anzeige zeigen oder ausblenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="102" />
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="243" />
      <source>Lock joining</source>
      <translation>Beitritt sperren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="106" />
      <source>Remove phone…</source>
      <translation>Telefon entfernen…</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="108" />
      <source>Remove the selected phone</source>
      <translation>Das ausgewählte Telefon entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="109" />
      <source>Remove the selected phone (Delete)</source>
      <translation>Das ausgewählte Telefon entfernen (Entf)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="111" />
      <source>Stop participation</source>
      <translation>Teilnahme beenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="113" />
      <source>Stop participation: close the phones' connections</source>
      <translation>Teilnahme beenden: die Verbindungen der Telefone schließen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="168" />
      <source>Hide join screen (J)</source>
      <translation>Beitrittsbildschirm ausblenden (J)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="188" />
      <source>an anonymous phone</source>
      <translation>ein anonymes Telefon</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="189" />
      <source>Remove phone</source>
      <translation>Telefon entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="190" />
      <source>Remove {0}? The phone is disconnected at once and its link stops working; to take part again, that person joins anew.</source>
      <translation>{0} entfernen? Das Telefon wird sofort getrennt und sein Link funktioniert nicht mehr; um wieder teilzunehmen, tritt die Person neu bei.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="194" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="238" />
      <source>Locked: no new phone can join. Phones already in keep working.</source>
      <translation>Gesperrt: Kein neues Telefon kann beitreten. Bereits beigetretene Telefone funktionieren weiter.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="240" />
      <source>Open: {0}  ·  code {1}</source>
      <translation>Offen: {0}  ·  Code {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="243" />
      <source>Unlock joining</source>
      <translation>Beitritt entsperren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="244" />
      <source>Joining is locked: unlock it</source>
      <translation>Der Beitritt ist gesperrt: entsperren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="245" />
      <source>Lock joining: no new phones</source>
      <translation>Beitritt sperren: keine neuen Telefone</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="253" />
      <source>Still to place: {0}</source>
      <translation>Noch zu platzieren: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="254" />
      <source>Everyone has placed in this round.</source>
      <translation>Alle haben in dieser Runde platziert.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="276" />
      <source>No team yet</source>
      <translation>Noch kein Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="284" />
      <source>{0}: 0</source>
      <translation>{0}: 0</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="285" />
      <source>{0}: no phone yet</source>
      <translation>{0}: noch kein Telefon</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="287" />
      <source>{0}: {1} ({2} anonymous)</source>
      <translation>{0}: {1} ({2} anonym)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="288" />
      <source>{0}: {1} joined ({2} anonymous), {3} online</source>
      <translation>{0}: {1} beigetreten ({2} anonym), {3} online</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="291" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="292" />
      <source>{0}: {1} joined, {2} online</source>
      <translation>{0}: {1} beigetreten, {2} online</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="296" />
      <source>(choosing a team)</source>
      <translation>(wählt ein Team)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="296" />
      <source>(anonymous)</source>
      <translation>(anonym)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="297" />
      <source>online</source>
      <translation>online</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="297" />
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="299" />
      <source>all placed</source>
      <translation>alles platziert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/participants_panel.py" line="300" />
      <source>{0}/{1} placed</source>
      <translation>{0}/{1} platziert</translation>
    </message>
  </context>
  <context>
    <name>Participation</name>
    <message>
      <location filename="../../collabworkshop/controller/participation.py" line="126" />
      <source>Could not let participants join on {0}: {1}</source>
      <translation>Teilnahme über {0} nicht möglich: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/participation.py" line="291" />
      <source>Pick one of the teams.</source>
      <translation>Wählen Sie eines der Teams.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/participation.py" line="294" />
      <source>Type your name to join.</source>
      <translation>Geben Sie Ihren Namen ein, um beizutreten.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/participation.py" line="326" />
      <source>Anonymous {0}</source>
      <translation>Anonym {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/participation.py" line="371" />
      <location filename="../../collabworkshop/controller/participation.py" line="334" />
      <location filename="../../collabworkshop/controller/participation.py" line="413" />
      <source>The laptop could not save this.</source>
      <translation>Der Laptop konnte das nicht speichern.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/participation.py" line="384" />
      <source>Pick your team first.</source>
      <translation>Wählen Sie zuerst Ihr Team.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/participation.py" line="390" />
      <source>This is not the moment to place.</source>
      <translation>Jetzt wird nicht platziert.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/participation.py" line="400" />
      <source>This is not the moment to vote.</source>
      <translation>Jetzt wird nicht abgestimmt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/participation.py" line="403" />
      <source>No such lever.</source>
      <translation>Diesen Hebel gibt es nicht.</translation>
    </message>
  </context>
  <context>
    <name>ParticipationPart</name>
    <message>
      <location filename="../../collabworkshop/ui/app/participation_part.py" line="44" />
      <source>Open a session first.</source>
      <translation>Öffnen Sie zuerst eine Sitzung.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/participation_part.py" line="54" />
      <source>Participants cannot join.</source>
      <translation>Teilnehmende können nicht beitreten.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/participation_part.py" line="56" />
      <location filename="../../collabworkshop/ui/app/participation_part.py" line="60" />
      <source>Participants cannot join</source>
      <translation>Teilnehmende können nicht beitreten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/participation_part.py" line="128" />
      <source>Port {0} was in use: participants join at {1}</source>
      <translation>Port {0} war belegt: Teilnehmende treten unter {1} bei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/participation_part.py" line="130" />
      <source>Participants can join at {0}</source>
      <translation>Teilnehmende können unter {0} beitreten</translation>
    </message>
  </context>
  <context>
    <name>PdfReport</name>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="212" />
      <source>CollabWorkshop: workshop report</source>
      <translation>CollabWorkshop: Workshop-Bericht</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="213" />
      <source>Untitled session</source>
      <translation>Sitzung ohne Titel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="215" />
      <source>From cooperation to collaboration: where the partnership stands, where it needs to be, and what we agreed to do</source>
      <translation>Von der Kooperation zur Kollaboration: wo die Partnerschaft steht, wo sie hin muss und was wir vereinbart haben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="224" />
      <source>facilitated by {name}</source>
      <translation>moderiert von {name}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/pdf.py" line="226" />
      <source>%n team|%n teams</source>
      <translation>
        <numerusform>%n Team</numerusform>
        <numerusform>%n Teams</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="228" />
      <source>Executive summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="230" />
      <location filename="../../collabworkshop/reports/pdf.py" line="406" />
      <source>A gap needs a Today and a Needed round; this session has only one.</source>
      <translation>Eine Lücke braucht eine Runde Heute und eine Runde Soll; diese Sitzung hat nur eine.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="233" />
      <source>{first} against {second}</source>
      <translation>{first} im Vergleich zu {second}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="237" />
      <source>The three largest gaps</source>
      <translation>Die drei größten Lücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="244" />
      <source>No dimension has tokens in both rounds yet.</source>
      <translation>Noch keine Dimension hat Marken in beiden Runden.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="245" />
      <source>Agreed actions</source>
      <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="252" />
      <source>Action</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="253" />
      <source>Owner</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="254" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="259" />
      <source>No date yet</source>
      <translation>Noch kein Datum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="267" />
      <source>… and {n} more in the action plan.</source>
      <translation>… und {n} weitere im Maßnahmenplan.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="270" />
      <source>No actions were agreed yet.</source>
      <translation>Es wurden noch keine Maßnahmen vereinbart.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/pdf.py" line="273" />
      <source>%n suggestion awaits a decision (see the action plan).|%n suggestions await a decision (see the action plan).</source>
      <translation>
        <numerusform>%n Vorschlag wartet auf eine Entscheidung (siehe Maßnahmenplan).</numerusform>
        <numerusform>%n Vorschläge warten auf eine Entscheidung (siehe Maßnahmenplan).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="282" />
      <source>About this workshop</source>
      <translation>Über diesen Workshop</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="284" />
      <location filename="../../collabworkshop/reports/pdf.py" line="303" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="285" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="286" />
      <source>Facilitator</source>
      <translation>Moderation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="287" />
      <location filename="../../collabworkshop/reports/pdf.py" line="487" />
      <source>Teams</source>
      <translation>Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="288" />
      <source>Rounds</source>
      <translation>Runden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="295" />
      <source>Teams taking part</source>
      <translation>Teilnehmende Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="301" />
      <source>Token</source>
      <translation>Marker</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="313" />
      <source>No teams were added to this session.</source>
      <translation>Dieser Sitzung wurden keine Teams hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="315" />
      <source>How to read the figures</source>
      <translation>So lesen Sie die Kennzahlen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="317" />
      <source>Each team places a token on a line from 0 (cooperation: working side by side) to 100 (collaboration: one team). Further right is not automatically better: the question is where the programme needs to be.</source>
      <translation>Jedes Team setzt einen Marker auf eine Linie von 0 (Kooperation: nebeneinander arbeiten) bis 100 (Kollaboration: ein Team). Weiter rechts ist nicht automatisch besser: Die Frage ist, wo das Programm die Partnerschaft braucht.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="323" />
      <source>Mean, median, SD (standard deviation) and IQR (interquartile range) are in points on that line. n is the number of tokens placed.</source>
      <translation>Mittelwert, Median, SD (Standardabweichung) und IQR (Interquartilsabstand) sind in Punkten auf dieser Linie angegeben. n ist die Zahl der gesetzten Marker.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="328" />
      <source>rwg is within-group agreement, from 0 (no agreement) to 1 (full agreement); Consensus is Tastle and Wierman's measure on the same 0 to 1 scale. Agreement is Aligned at rwg 0.70 or more, Mixed from 0.50, Divided below 0.50, decided on rwg as printed (two decimals). With few teams rwg moves a lot, so read it beside n and the spread.</source>
      <translation>rwg ist die Übereinstimmung innerhalb der Gruppe, von 0 (keine Übereinstimmung) bis 1 (volle Übereinstimmung); Konsens ist das Maß von Tastle und Wierman auf derselben Skala von 0 bis 1. Die Übereinstimmung heißt Einig ab rwg 0,70, Gemischt ab 0,50 und Uneinig unter 0,50, entschieden am gedruckten rwg (zwei Dezimalen). Bei wenigen Teams schwankt rwg stark; lesen Sie ihn daher zusammen mit n und der Streuung.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="336" />
      <source>The gap is the median of Needed minus the median of Today, each from its latest placement (a re-placement after discussion, when there is one, unless the session is set to the first). Maintain: under {moderate} points; Moderate: {moderate} to {major}; Major: {major} or more, decided on the gap as printed (one decimal). A negative gap is a decision to step back towards cooperation.</source>
      <translation>Die Lücke ist der Median von Soll minus dem Median von Heute, jeweils aus der letzten Platzierung (einer erneuten Platzierung nach der Diskussion, falls es eine gibt, außer die Sitzung ist auf die erste eingestellt). Halten: unter {moderate} Punkten; Mittel: {moderate} bis {major}; Groß: {major} oder mehr, entschieden an der gedruckten Lücke (eine Dezimale). Eine negative Lücke ist die Entscheidung für einen Schritt zurück in Richtung Kooperation.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="345" />
      <source>A dash (-) marks a figure that cannot be computed from the tokens placed.</source>
      <translation>Ein Strich (-) markiert eine Kennzahl, die sich aus den gesetzten Markern nicht berechnen lässt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="364" />
      <source>Round {number}: {name}</source>
      <translation>Runde {number}: {name}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="373" />
      <location filename="../../collabworkshop/reports/pdf.py" line="422" />
      <location filename="../../collabworkshop/reports/pdf.py" line="670" />
      <location filename="../../collabworkshop/reports/pdf.py" line="498" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="374" />
      <source>n</source>
      <translation>n</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="375" />
      <source>Mean</source>
      <translation>Mittelwert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="376" />
      <source>Median</source>
      <translation>Median</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="377" />
      <location filename="../../collabworkshop/reports/pdf.py" line="470" />
      <source>SD</source>
      <translation>SD</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="378" />
      <source>IQR</source>
      <translation>IQR</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="379" />
      <location filename="../../collabworkshop/reports/pdf.py" line="469" />
      <source>rwg</source>
      <translation>rwg</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="380" />
      <source>Consensus</source>
      <translation>Konsens</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="381" />
      <location filename="../../collabworkshop/reports/pdf.py" line="471" />
      <source>Agreement</source>
      <translation>Übereinstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="390" />
      <source>Most divergent dimension: none (fewer than two tokens on every line).</source>
      <translation>Uneinigste Dimension: keine (auf jeder Linie weniger als zwei Marker).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="393" />
      <source>Most divergent dimension: {name} (rwg {rwg}, {band}).</source>
      <translation>Uneinigste Dimension: {name} (rwg {rwg}, {band}).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="405" />
      <source>Gaps</source>
      <translation>Lücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="412" />
      <source>Gap from {first} to {second}</source>
      <translation>Lücke von {first} zu {second}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="415" />
      <source>Median position in each round, and the distance between them in points (drawn on the first page).</source>
      <translation>Median jeder Runde und der Abstand zwischen ihnen in Punkten (auf der ersten Seite gezeichnet).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="423" />
      <location filename="../../collabworkshop/reports/pdf.py" line="424" />
      <source>{round} median</source>
      <translation>Median {round}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="425" />
      <source>Gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="426" />
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="457" />
      <source>Divergence and perception gaps</source>
      <translation>Uneinigkeit und Wahrnehmungslücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="459" />
      <source>The dimension with the lowest agreement (rwg) in each round: where the room saw things most differently.</source>
      <translation>Die Dimension mit der geringsten Übereinstimmung (rwg) in jeder Runde: wo der Raum die Dinge am unterschiedlichsten sah.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="467" />
      <location filename="../../collabworkshop/reports/pdf.py" line="669" />
      <location filename="../../collabworkshop/reports/pdf.py" line="497" />
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="468" />
      <source>Most divergent dimension</source>
      <translation>Uneinigste Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="477" />
      <source>Perception gaps</source>
      <translation>Wahrnehmungslücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="479" />
      <source>Teams, or organisations (the mean of their teams), whose positions on a line are {points} points or more apart. These are worth talking through: partners may see the same partnership differently, or want different things from it.</source>
      <translation>Teams oder Organisationen (der Mittelwert ihrer Teams), deren Positionen auf einer Linie {points} Punkte oder mehr auseinanderliegen. Darüber lohnt es sich zu sprechen: Die Partner sehen dieselbe Partnerschaft womöglich unterschiedlich oder wollen Unterschiedliches von ihr.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="488" />
      <source>Organisations</source>
      <translation>Organisationen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="490" />
      <source>The {n} widest of {total} pairs, widest first.</source>
      <translation>Die {n} weitesten von {total} Paaren, das weiteste zuerst.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="499" />
      <source>Between</source>
      <translation>Zwischen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="500" />
      <source>Further right</source>
      <translation>Weiter rechts</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="501" />
      <source>Further left</source>
      <translation>Weiter links</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="502" />
      <source>Points apart</source>
      <translation>Punkte Abstand</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="514" />
      <source>No teams or organisations are {points} points or more apart.</source>
      <translation>Keine Teams oder Organisationen liegen {points} Punkte oder mehr auseinander.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="524" />
      <source>Action plan</source>
      <translation>Maßnahmenplan</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="527" />
      <source>No actions were agreed in this session.</source>
      <translation>In dieser Sitzung wurden keine Maßnahmen vereinbart.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="531" />
      <source>Each action has one accountable owner, a due date and a measure that shows it worked.</source>
      <translation>Jede Maßnahme hat eine zuständige Person, ein Fälligkeitsdatum und ein Kriterium, an dem sich der Erfolg zeigt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="544" />
      <source>(suggestion, not accepted)</source>
      <translation>(Vorschlag, nicht übernommen)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="548" />
      <source>Impact {impact}, effort {effort}</source>
      <translation>Wirkung {impact}, Aufwand {effort}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="553" />
      <location filename="../../collabworkshop/reports/pdf.py" line="258" />
      <source>No owner yet</source>
      <translation>Noch niemand zuständig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="556" />
      <source>Supported by {teams}</source>
      <translation>Unterstützt von {teams}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="560" />
      <source>Due {date}</source>
      <translation>Fällig {date}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="567" />
      <source>Action and lever</source>
      <translation>Maßnahme und Hebel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="568" />
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="569" />
      <source>Success measure</source>
      <translation>Erfolgskriterium</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="570" />
      <source>Owner, supporters, due date, status</source>
      <translation>Zuständig, Unterstützung, Fälligkeit, Status</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="582" />
      <source>The workshop in brief</source>
      <translation>Der Workshop in Kürze</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="588" />
      <source>Lever vote</source>
      <translation>Hebel-Abstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="591" />
      <source>No lever vote was taken.</source>
      <translation>Es gab keine Hebel-Abstimmung.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="596" />
      <source>Dots each team spread over the six levers; most dots first.</source>
      <translation>Stimmen, die jedes Team auf die sechs Hebel verteilt hat; die meisten Stimmen zuerst.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="602" />
      <source>Lever</source>
      <translation>Hebel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="603" />
      <source>Dots</source>
      <translation>Stimmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="604" />
      <source>Share</source>
      <translation>Anteil</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="605" />
      <source>Teams voting for it</source>
      <translation>Teams, die dafür gestimmt haben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="619" />
      <source>Notes, decisions and parking lot</source>
      <translation>Notizen, Entscheidungen und Themenspeicher</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="621" />
      <source>No notes were taken.</source>
      <translation>Es wurden keine Notizen festgehalten.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="624" />
      <source>Decisions</source>
      <translation>Entscheidungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="625" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="626" />
      <source>Parking lot</source>
      <translation>Themenspeicher</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="641" />
      <source>What was said</source>
      <translation>Was gesagt wurde</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="641" />
      <source>Step, dimension</source>
      <translation>Schritt, Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="651" />
      <source>Appendix: raw placements</source>
      <translation>Anhang: alle Platzierungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="654" />
      <source>No tokens were placed.</source>
      <translation>Es wurden keine Marker gesetzt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="657" />
      <source>The first {n} of {total} tokens placed, by round and dimension; position on the 0 to 100 line.</source>
      <translation>Die ersten {n} von {total} platzierten Marken, nach Runde und Dimension; Position auf der Linie von 0 bis 100.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="662" />
      <source>Every token placed, by round and dimension; position on the 0 to 100 line.</source>
      <translation>Jeder gesetzte Marker, nach Runde und Dimension; Position auf der Linie von 0 bis 100.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="671" />
      <location filename="../../collabworkshop/reports/pdf.py" line="302" />
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="672" />
      <source>Participant</source>
      <translation>Teilnehmende</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="673" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="807" />
      <source>Drawing the board of {round}</source>
      <translation>Zeichne das Board von {round}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="833" />
      <source>Laying out the report</source>
      <translation>Setze den Bericht</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="882" />
      <location filename="../../collabworkshop/reports/pdf.py" line="986" />
      <source>Page {page} of {pages}</source>
      <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="936" />
      <source>Preparing the report</source>
      <translation>Bereite den Bericht vor</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="939" />
      <source>cannot make the report in memory</source>
      <translation>der Bericht kann nicht im Speicher erstellt werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="945" />
      <source>the report could not be drawn completely</source>
      <translation>der Bericht konnte nicht vollständig gezeichnet werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="959" />
      <source>Workshop report</source>
      <translation>Workshop-Bericht</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="974" />
      <source>cannot write {path}</source>
      <translation>{path} kann nicht geschrieben werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="980" />
      <source>cannot add a page to {path}</source>
      <translation>zu {path} kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
      <source>Median position in each round, and the distance between them in points.</source>
      <translation type="vanished">Median-Position in jeder Runde und der Abstand dazwischen in Punkten.</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="47" />
      <source>Action</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="48" />
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="252" />
      <source>Lever</source>
      <translation>Hebel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="49" />
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="50" />
      <source>Owner</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="51" />
      <source>Supporting</source>
      <translation>Unterstützung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="52" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="53" />
      <source>Success measure</source>
      <translation>Erfolgskriterium</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="54" />
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="258" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="55" />
      <source>Impact</source>
      <translation>Wirkung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="56" />
      <source>Effort</source>
      <translation>Aufwand</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="59" />
      <source>The one accountable owner: a team or a person</source>
      <translation>Die eine zuständige Stelle: ein Team oder eine Person</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="60" />
      <source>Teams supporting the owner</source>
      <translation>Teams, die die Zuständigen unterstützen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="61" />
      <source>The numbers that raised the action</source>
      <translation>Die Zahlen, die zu der Maßnahme geführt haben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="71" />
      <source>Suggested</source>
      <translation>Vorgeschlagen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="146" />
      <source>(to assign)</source>
      <translation>(zuzuweisen)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="159" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="270" />
      <source>Accountable owner: a team or a person</source>
      <translation>Zuständig: ein Team oder eine Person</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="274" />
      <source>Supporting teams (Space ticks a team)</source>
      <translation>Unterstützende Teams (Leertaste hakt ein Team an)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="291" />
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="366" />
      <source>&amp;Generate suggestions</source>
      <translation>Vorschläge &amp;erstellen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="368" />
      <source>Suggest 3 to 7 actions from the gaps and agreement. Accepted actions stay; earlier suggestions are replaced (undo restores them).</source>
      <translation>3 bis 7 Maßnahmen aus den Lücken und der Übereinstimmung vorschlagen. Übernommene Maßnahmen bleiben; frühere Vorschläge werden ersetzt (Rückgängig stellt sie wieder her).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="371" />
      <source>A&amp;ccept</source>
      <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="372" />
      <source>Accept the selected suggestion (Ctrl+Return)</source>
      <translation>Den ausgewählten Vorschlag übernehmen (Strg+Eingabe)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="373" />
      <source>Accept a&amp;ll</source>
      <translation>&amp;Alle übernehmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="374" />
      <source>Accept every suggestion in the plan</source>
      <translation>Jeden Vorschlag im Plan übernehmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="375" />
      <source>&amp;Add action</source>
      <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="376" />
      <source>Add an action of your own</source>
      <translation>Eine eigene Maßnahme hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="377" />
      <source>&amp;Drop</source>
      <translation>&amp;Streichen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="378" />
      <source>Drop the selected action or suggestion (Delete)</source>
      <translation>Die ausgewählte Maßnahme oder den Vorschlag streichen (Entf)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="379" />
      <source>Move &amp;up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="380" />
      <source>Move the selected action up (Alt+Up)</source>
      <translation>Die ausgewählte Maßnahme nach oben verschieben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="381" />
      <source>Move do&amp;wn</source>
      <translation>Nach &amp;unten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="382" />
      <source>Move the selected action down (Alt+Down)</source>
      <translation>Die ausgewählte Maßnahme nach unten verschieben (Alt+Pfeil runter)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="402" />
      <source>Action plan</source>
      <translation>Maßnahmenplan</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="403" />
      <source>Suggested actions are tagged Suggested and shown in italics until accepted. Ctrl+Return accepts, Delete drops, Alt+Up and Alt+Down reorder.</source>
      <translation>Vorgeschlagene Maßnahmen sind als Vorgeschlagen markiert und kursiv, bis sie übernommen sind. Strg+Eingabe übernimmt, Entf streicht, Alt+Pfeil hoch und Alt+Pfeil runter ordnen um.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="440" />
      <source>Plan message</source>
      <translation>Hinweis zum Plan</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="451" />
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="453" />
      <source>Action details</source>
      <translation>Details der Maßnahme</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="558" />
      <source>Select an action to see all of it here.</source>
      <translation>Wählen Sie eine Maßnahme, um sie hier vollständig zu sehen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="575" />
      <source>1 action</source>
      <translation>1 Maßnahme</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="575" />
      <source>{0} actions</source>
      <translation>{0} Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="577" />
      <source>, {0} suggested</source>
      <translation>, {0} vorgeschlagen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="609" />
      <source>Accepted “{0}”: its owner is still (to assign); F2 on Owner sets one.</source>
      <translation>„{0}“ angenommen: Zuständig ist noch (zuzuweisen); F2 in der Spalte Zuständig legt es fest.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/plan_page.py" line="612" />
      <source>Accepted “{0}”.</source>
      <translation>„{0}“ angenommen.</translation>
    </message>
    <message>
      <source>Edit action owner</source>
      <translation type="vanished">Zuständigkeit der Maßnahme bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <location filename="../../collabworkshop/controller/locks.py" line="100" />
      <source>another CollabWorkshop that is just opening it; try again in a few seconds</source>
      <translation>ein anderes CollabWorkshop, das sie gerade öffnet; versuchen Sie es in einigen Sekunden erneut</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/locks.py" line="102" />
      <source>process {0} on {1}</source>
      <translation>Prozess {0} auf {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/locks.py" line="134" />
      <source>{0}: this session is already open in CollabWorkshop (process {1} on {2})</source>
      <translation>{0}: Diese Sitzung ist bereits in CollabWorkshop geöffnet (Prozess {1} auf {2})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/locks.py" line="142" />
      <source>{0}: cannot create ({1})</source>
      <translation>{0}: kann nicht angelegt werden ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/locks.py" line="147" />
      <source>{0}: this session is already open in CollabWorkshop ({1})</source>
      <translation>{0}: Diese Sitzung ist bereits in CollabWorkshop geöffnet ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/recovery.py" line="63" />
      <source>Untitled session</source>
      <translation>Sitzung ohne Titel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/recovery.py" line="67" />
      <source>untitled</source>
      <translation>ohne Titel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/recovery.py" line="70" />
      <source>“{0}” ({1}, last change {2}; it cannot be read: {3})</source>
      <translation>„{0}“ ({1}, letzte Änderung {2}; sie kann nicht gelesen werden: {3})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/recovery.py" line="73" />
      <source>“{0}” ({1}, last change {2}, {3}, {4})</source>
      <translation>„{0}“ ({1}, letzte Änderung {2}, {3}, {4})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/controller/recovery.py" line="74" />
      <source>%n teams</source>
      <translation>
        <numerusform>%n Team</numerusform>
        <numerusform>%n Teams</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/controller/recovery.py" line="75" />
      <source>%n placements</source>
      <translation>
        <numerusform>%n Platzierung</numerusform>
        <numerusform>%n Platzierungen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/recovery.py" line="93" />
      <source>{0} today</source>
      <translation>heute {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/recovery.py" line="95" />
      <source>{0} yesterday</source>
      <translation>gestern {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="39" />
      <source>Recover a session?</source>
      <translation>Eine Sitzung wiederherstellen?</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="41" />
      <source>CollabWorkshop did not close properly last time. A session was kept:

{0}</source>
      <translation>CollabWorkshop wurde beim letzten Mal nicht richtig beendet. Eine Sitzung wurde aufbewahrt:

{0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="44" />
      <source>Recover opens it as an untitled session; save it to keep it.</source>
      <translation>Wiederherstellen öffnet sie als Sitzung ohne Titel; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="45" />
      <source>Its file is gone; Recover saves it there again.</source>
      <translation>Ihre Datei ist nicht mehr da; Wiederherstellen speichert sie dort erneut.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="46" />
      <source>It has changes its file does not have; Recover saves them to the file (the file as it is now is kept as a backup).</source>
      <translation>Sie enthält Änderungen, die ihre Datei nicht hat; Wiederherstellen speichert sie in die Datei (die Datei in ihrem jetzigen Stand wird als Sicherung aufbewahrt).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="48" />
      <source>Its file was changed after this copy; Recover opens the copy as an untitled session and leaves the file as it is.</source>
      <translation>Ihre Datei wurde nach dieser Kopie geändert; Wiederherstellen öffnet die Kopie als Sitzung ohne Titel und lässt die Datei, wie sie ist.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="50" />
      <source>Its file was replaced by something that is not this session; Recover opens the copy as an untitled session and leaves the file as it is.</source>
      <translation>Ihre Datei wurde durch etwas ersetzt, das nicht diese Sitzung ist; „Wiederherstellen“ öffnet die Kopie als unbenannte Sitzung und lässt die Datei unverändert.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="52" />
      <source>It cannot be opened; you can only discard it.</source>
      <translation>Sie lässt sich nicht öffnen; Sie können sie nur verwerfen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="55" />
      <source>Its file: {0}</source>
      <translation>Ihre Datei: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="60" />
      <source>&amp;Recover</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="61" />
      <source>&amp;Discard…</source>
      <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="62" />
      <source>&amp;Later</source>
      <translation>&amp;Später</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="73" />
      <source>Could not recover the session</source>
      <translation>Die Sitzung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="79" />
      <source>Discard the session?</source>
      <translation>Die Sitzung verwerfen?</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/recovery_dialog.py" line="80" />
      <source>Delete {0} for good? This cannot be undone.</source>
      <translation>{0} endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
      <source>another CollabWorkshop</source>
      <translation type="vanished">ein anderes CollabWorkshop</translation>
    </message>
    <message>
      <source>“{0}” ({1}, last change {2}, {3} teams, {4} placements)</source>
      <translation type="vanished">„{0}“ ({1}, letzte Änderung {2}, {3} Teams, {4} Platzierungen)</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="172" />
      <source>{0} and {1}</source>
      <translation>{0} und {1}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="182" />
      <source>%n team|%n teams</source>
      <translation>
        <numerusform>%n Team</numerusform>
        <numerusform>%n Teams</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="184" />
      <source>%n organisation|%n organisations</source>
      <translation>
        <numerusform>%n Organisation</numerusform>
        <numerusform>%n Organisationen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="184" />
      <source>{0} from {1}</source>
      <translation>{0} aus {1}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="186" />
      <source>%n participant|%n participants</source>
      <translation>
        <numerusform>%n Person</numerusform>
        <numerusform>%n Personen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="187" />
      <source>{0} placed tokens on {1} in {2}.</source>
      <translation>Beteiligt: {0}; Marker auf {1} in {2}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="189" />
      <source>%n dimension|%n dimensions</source>
      <translation>
        <numerusform>%n Dimension</numerusform>
        <numerusform>%n Dimensionen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="190" />
      <source>%n round|%n rounds</source>
      <translation>
        <numerusform>%n Runde</numerusform>
        <numerusform>%n Runden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="204" />
      <source>{0} ({1} points, {2})</source>
      <translation>{0} ({1} Punkte, {2})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="209" />
      <source>The biggest gaps from {0} to {1} are on {2}; {3}.</source>
      <translation>Die größten Lücken von {0} zu {1} liegen bei {2}; {3}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="211" />
      <source>%n dimension has a major gap|%n dimensions have a major gap</source>
      <translation>
        <numerusform>%n Dimension hat eine große Lücke</numerusform>
        <numerusform>%n Dimensionen haben eine große Lücke</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="215" />
      <source>No dimension shows a moderate or major gap from {0} to {1}.</source>
      <translation>Keine Dimension zeigt eine mittlere oder große Lücke von {0} zu {1}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="229" />
      <source>The room disagreed most on {0} in {1} (rwg {2}{3}).</source>
      <translation>Am uneinigsten war der Raum bei {0} in {1} (rwg {2}{3}).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="249" />
      <source>Agreement in {0}: {1} of %n dimension aligned, {2} mixed, {3} divided.|Agreement in {0}: {1} of %n dimensions aligned, {2} mixed, {3} divided.</source>
      <translation>
        <numerusform>Übereinstimmung in {0}: {1} von %n Dimension einig, {2} gemischt, {3} uneinig.</numerusform>
        <numerusform>Übereinstimmung in {0}: {1} von %n Dimensionen einig, {2} gemischt, {3} uneinig.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="263" />
      <source>%n dot|%n dots</source>
      <translation>
        <numerusform>%n Stimme</numerusform>
        <numerusform>%n Stimmen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="263" />
      <source>The lever vote put {0} first ({1}).</source>
      <translation>Die Hebel-Abstimmung setzte {0} an die erste Stelle ({1}).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="265" />
      <location filename="../../collabworkshop/reports/markdown.py" line="279" />
      <source>No lever vote was taken.</source>
      <translation>Es gab keine Hebel-Abstimmung.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="272" />
      <source>The plan has {0}: {1} with an owner, {2} with a due date</source>
      <translation>Der Plan umfasst {0}: {1} mit zuständiger Person, {2} mit Fälligkeitsdatum</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="273" />
      <source>%n action|%n actions</source>
      <translation>
        <numerusform>%n Maßnahme</numerusform>
        <numerusform>%n Maßnahmen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="276" />
      <source>, %n still a suggestion nobody has accepted</source>
      <translation>
        <numerusform>, %n davon noch ein Vorschlag, den niemand übernommen hat</numerusform>
        <numerusform>, %n davon noch Vorschläge, die niemand übernommen hat</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="279" />
      <source>No actions were agreed.</source>
      <translation>Es wurden keine Maßnahmen vereinbart.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="320" />
      <source>towards collaboration</source>
      <translation>in Richtung Kollaboration</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="322" />
      <source>back towards cooperation</source>
      <translation>zurück in Richtung Kooperation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="324" />
      <source>no move</source>
      <translation>keine Bewegung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="325" />
      <source>{0}: {1} points, {2}: from {3} ({4}) to {5} ({6}), {7}.</source>
      <translation>{0}: {1} Punkte, {2}: von {3} ({4}) auf {5} ({6}), {7}.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="365" />
      <source>… and {0} more (the complete list is in the CSV and JSON exports, or in the report with the full appendix).</source>
      <translation>… und {0} weitere (die vollständige Liste steht im CSV- und JSON-Export oder im Bericht mit vollständigem Anhang).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="105" />
      <source>A gap chart needs a Today and a Needed round; this session has only one.</source>
      <translation>Ein Lückendiagramm braucht eine Runde Heute und eine Runde Soll; diese Sitzung hat nur eine.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="116" />
      <location filename="../../collabworkshop/reports/gapchart.py" line="116" />
      <location filename="../../collabworkshop/reports/markdown.py" line="242" />
      <location filename="../../collabworkshop/reports/markdown.py" line="242" />
      <source>{0} median</source>
      <translation>Median {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="125" />
      <source>from one to the other</source>
      <translation>vom einen zum anderen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="137" />
      <source>← Cooperation</source>
      <translation>← Kooperation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="138" />
      <source>Collaboration →</source>
      <translation>Kollaboration →</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="140" />
      <source>Gap (points)</source>
      <translation>Lücke (Punkte)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="181" />
      <source>no gap</source>
      <translation>keine Lücke</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="193" />
      <source>Arrow from the {0} median to the {1} median. Dashed: under {2} points (maintain). Bold figure: {3} points or more (major).</source>
      <translation>Pfeil vom Median {0} zum Median {1}. Gestrichelt: unter {2} Punkten (halten). Fette Zahl: {3} Punkte oder mehr (groß).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="108" />
      <source>Why: {0}</source>
      <translation>Warum: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="109" />
      <source>Owner: {0}</source>
      <translation>Zuständig: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="109" />
      <location filename="../../collabworkshop/reports/markdown.py" line="151" />
      <source>no owner yet</source>
      <translation>noch niemand zuständig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="111" />
      <source>Supporting: {0}</source>
      <translation>Unterstützung: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="113" />
      <source>Success measure: {0}</source>
      <translation>Erfolgskriterium: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="114" />
      <source>Lever: {0}</source>
      <translation>Hebel: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="115" />
      <source>Status: {0}</source>
      <translation>Status: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="117" />
      <source>Workshop: {0}</source>
      <translation>Workshop: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="126" />
      <source>Workshop actions</source>
      <translation>Workshop-Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="133" />
      <source>{0}: action plan</source>
      <translation>{0}: Maßnahmenplan</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="103" />
      <source>o = {0} median, # = {1} median, @ = both; the line runs from 0 (cooperation) to 100 (collaboration)</source>
      <translation>o = Median {0}, # = Median {1}, @ = beide; die Linie reicht von 0 (Kooperation) bis 100 (Kollaboration)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="138" />
      <source>{0} against {1}</source>
      <translation>{0} im Vergleich zu {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="140" />
      <source>The three largest gaps</source>
      <translation>Die drei größten Lücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="145" />
      <source>No dimension has tokens in both rounds yet.</source>
      <translation>Noch keine Dimension hat Marken in beiden Runden.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="147" />
      <source>Agreed actions</source>
      <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="150" />
      <location filename="../../collabworkshop/reports/markdown.py" line="301" />
      <source>Action</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="150" />
      <location filename="../../collabworkshop/reports/markdown.py" line="276" />
      <location filename="../../collabworkshop/reports/markdown.py" line="301" />
      <source>Lever</source>
      <translation>Hebel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="150" />
      <location filename="../../collabworkshop/reports/markdown.py" line="301" />
      <source>Owner</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="150" />
      <location filename="../../collabworkshop/reports/markdown.py" line="301" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="151" />
      <source>no date yet</source>
      <translation>noch kein Datum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="154" />
      <source>No actions were agreed yet.</source>
      <translation>Es wurden noch keine Maßnahmen vereinbart.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/markdown.py" line="157" />
      <source>%n suggestion awaits a decision (see the action plan).|%n suggestions await a decision (see the action plan).</source>
      <translation>
        <numerusform>%n Vorschlag wartet auf eine Entscheidung (siehe Maßnahmenplan).</numerusform>
        <numerusform>%n Vorschläge warten auf eine Entscheidung (siehe Maßnahmenplan).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="172" />
      <location filename="../../collabworkshop/reports/text.py" line="149" />
      <source>Untitled session</source>
      <translation>Sitzung ohne Titel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="174" />
      <location filename="../../collabworkshop/reports/markdown.py" line="196" />
      <location filename="../../collabworkshop/reports/text.py" line="153" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="175" />
      <location filename="../../collabworkshop/reports/text.py" line="154" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="176" />
      <location filename="../../collabworkshop/reports/text.py" line="155" />
      <source>Facilitator</source>
      <translation>Moderation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="177" />
      <location filename="../../collabworkshop/reports/markdown.py" line="189" />
      <location filename="../../collabworkshop/reports/markdown.py" line="257" />
      <location filename="../../collabworkshop/reports/markdown.py" line="276" />
      <source>Teams</source>
      <translation>Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="178" />
      <source>Rounds</source>
      <translation>Runden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="181" />
      <source>Positions run from 0 (cooperation: working side by side) to 100 (collaboration: one team).</source>
      <translation>Die Positionen reichen von 0 (Kooperation: nebeneinander arbeiten) bis 100 (Kollaboration: ein Team).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="183" />
      <source>Executive summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="185" />
      <source>The workshop in brief</source>
      <translation>Der Workshop in Kürze</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="196" />
      <source>Token</source>
      <translation>Marker</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="196" />
      <location filename="../../collabworkshop/reports/markdown.py" line="332" />
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="196" />
      <source>Participants</source>
      <translation>Teilnehmende</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="199" />
      <source>No teams were added to this session.</source>
      <translation>Dieser Sitzung wurden keine Teams hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="204" />
      <source>blind</source>
      <translation>verdeckt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="204" />
      <source>baseline from an earlier session</source>
      <translation>Ausgangswert aus einer früheren Sitzung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="208" />
      <source>re-placement of {0}</source>
      <translation>erneute Platzierung von {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="211" />
      <source>Round {0}: {1}</source>
      <translation>Runde {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="219" />
      <location filename="../../collabworkshop/reports/markdown.py" line="242" />
      <location filename="../../collabworkshop/reports/markdown.py" line="263" />
      <location filename="../../collabworkshop/reports/markdown.py" line="332" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <location filename="../../collabworkshop/reports/text.py" line="203" />
      <location filename="../../collabworkshop/reports/text.py" line="181" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="219" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>Mean</source>
      <translation>Mittelwert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="219" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>Median</source>
      <translation>Median</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="219" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>SD</source>
      <translation>SD</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="219" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>IQR</source>
      <translation>IQR</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="219" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>Consensus</source>
      <translation>Konsens</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="220" />
      <source>Agreement</source>
      <translation>Übereinstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="227" />
      <source>Most divergent dimension: none (fewer than two tokens on every line).</source>
      <translation>Uneinigste Dimension: keine (auf jeder Linie weniger als zwei Marker).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="231" />
      <source>Most divergent dimension: **{0}** (rwg {1}).</source>
      <translation>Uneinigste Dimension: **{0}** (rwg {1}).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="237" />
      <source>Gaps</source>
      <translation>Lücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="240" />
      <source>Median of {0} minus median of {1}, in points.</source>
      <translation>Median von {0} minus Median von {1}, in Punkten.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="242" />
      <location filename="../../collabworkshop/reports/text.py" line="188" />
      <location filename="../../collabworkshop/reports/text.py" line="181" />
      <source>Gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="242" />
      <location filename="../../collabworkshop/reports/text.py" line="181" />
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="248" />
      <source>Maintain: under {0} points; moderate: {0} to {1}; major: {1} or more.</source>
      <translation>Halten: unter {0} Punkten; mittel: {0} bis {1}; groß: {1} oder mehr.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="253" />
      <location filename="../../collabworkshop/reports/text.py" line="189" />
      <source>A gap needs a Today and a Needed round; this session has only one.</source>
      <translation>Eine Lücke braucht eine Runde Heute und eine Runde Soll; diese Sitzung hat nur eine.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="256" />
      <source>Perception gaps</source>
      <translation>Wahrnehmungslücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="257" />
      <source>Organisations</source>
      <translation>Organisationen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="260" />
      <source>The {0} widest of {1} pairs, widest first.</source>
      <translation>Die {0} weitesten von {1} Paaren, das weiteste zuerst.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="263" />
      <location filename="../../collabworkshop/reports/markdown.py" line="332" />
      <location filename="../../collabworkshop/reports/text.py" line="203" />
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="263" />
      <source>Between</source>
      <translation>Zwischen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="263" />
      <source>Further right</source>
      <translation>Weiter rechts</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="263" />
      <source>Further left</source>
      <translation>Weiter links</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="263" />
      <source>Points apart</source>
      <translation>Punkte Abstand</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="269" />
      <source>No teams or organisations are {0} points or more apart.</source>
      <translation>Keine Teams oder Organisationen liegen {0} Punkte oder mehr auseinander.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="272" />
      <source>Lever vote</source>
      <translation>Hebel-Abstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="276" />
      <source>Dots</source>
      <translation>Stimmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="282" />
      <source>Action plan</source>
      <translation>Maßnahmenplan</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="289" />
      <source> (suggestion)</source>
      <translation> (Vorschlag)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="301" />
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="301" />
      <source>Supporting</source>
      <translation>Unterstützung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="301" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="302" />
      <source>Success measure</source>
      <translation>Erfolgskriterium</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="302" />
      <source>Impact / effort</source>
      <translation>Wirkung / Aufwand</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="307" />
      <source>No actions were agreed in this session.</source>
      <translation>In dieser Sitzung wurden keine Maßnahmen vereinbart.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="310" />
      <source>Notes, decisions and parking lot</source>
      <translation>Notizen, Entscheidungen und Themenspeicher</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="323" />
      <source>No notes were taken.</source>
      <translation>Es wurden keine Notizen festgehalten.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="325" />
      <source>Appendix: raw placements</source>
      <translation>Anhang: alle Platzierungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="330" />
      <source>The first {0} of {1} tokens placed.</source>
      <translation>Die ersten {0} von {1} platzierten Marken.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="332" />
      <source>Participant</source>
      <translation>Teilnehmende</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="332" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="339" />
      <source>No tokens were placed.</source>
      <translation>Es wurden keine Marker gesetzt.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/png.py" line="98" />
      <source>cannot encode the board picture as PNG</source>
      <translation>das Bild des Boards kann nicht als PNG kodiert werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="159" />
      <source>Teams: {0}</source>
      <translation>Teams: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="161" />
      <source>Positions run from 0 (cooperation) to 100 (collaboration).</source>
      <translation>Die Positionen reichen von 0 (Kooperation) bis 100 (Kollaboration).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="164" />
      <location filename="../../collabworkshop/reports/text.py" line="203" />
      <source>Band</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="173" />
      <source>Round: {0}</source>
      <translation>Runde: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="179" />
      <source>Gap: {0} -&gt; {1} (median)</source>
      <translation>Lücke: {0} -&gt; {1} (Median)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="183" />
      <source>Maintain: |gap| &lt; {0}; moderate: {0} to {1}; major: {1} or more.</source>
      <translation>Halten: |Lücke| &lt; {0}; mittel: {0} bis {1}; groß: {1} oder mehr.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="192" />
      <source>Most divergent dimension (lowest rwg)</source>
      <translation>Uneinigste Dimension (niedrigster rwg)</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../collabworkshop/ui/steps/review_page.py" line="54" />
      <source>Actions from the last workshop</source>
      <translation>Maßnahmen aus dem letzten Workshop</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/review_page.py" line="55" />
      <source>Press F2 or start typing on a status, owner or due date to change it</source>
      <translation>Drücken Sie F2 oder tippen Sie auf einem Status, einer Zuständigkeit oder einem Fälligkeitsdatum los, um es zu ändern</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/review_page.py" line="84" />
      <source>No actions were carried from the last workshop.</source>
      <translation>Aus dem letzten Workshop wurden keine Maßnahmen übernommen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/ui/steps/review_page.py" line="87" />
      <source>%n actions: {0} done, {1} in progress, {2} blocked, {3} not started</source>
      <translation>
        <numerusform>%n Maßnahme: {0} erledigt, {1} in Arbeit, {2} blockiert, {3} nicht begonnen</numerusform>
        <numerusform>%n Maßnahmen: {0} erledigt, {1} in Arbeit, {2} blockiert, {3} nicht begonnen</numerusform>
      </translation>
    </message>
    <message>
      <source>{0} actions: {1} done, {2} in progress, {3} blocked, {4} not started</source>
      <translation type="vanished">{0} Maßnahmen: {1} erledigt, {2} in Arbeit, {3} blockiert, {4} nicht begonnen</translation>
    </message>
  </context>
  <context>
    <name>SessionController</name>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="268" />
      <source>Could not update {0}: {1}. Your work is kept; use Save As to save it elsewhere.</source>
      <translation>{0} konnte nicht aktualisiert werden: {1}. Ihre Arbeit bleibt erhalten; speichern Sie sie mit Speichern unter an einem anderen Ort.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="284" />
      <source>Untitled session</source>
      <translation>Sitzung ohne Titel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="368" />
      <source>Participants place tokens</source>
      <translation>Teilnehmende platzieren Marker</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="368" />
      <source>Teams place tokens</source>
      <translation>Teams platzieren Marker</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="372" />
      <source>Change dots per team</source>
      <translation>Stimmen pro Team ändern</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="376" />
      <source>Use the latest placement for gaps</source>
      <translation>Für Lücken die letzte Platzierung verwenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="377" />
      <source>Use the first placement for gaps</source>
      <translation>Für Lücken die erste Platzierung verwenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="402" />
      <location filename="../../collabworkshop/controller/session_controller.py" line="510" />
      <location filename="../../collabworkshop/controller/session_controller.py" line="415" />
      <source>Add {0}</source>
      <translation>{0} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="416" />
      <source>Add {0} participants</source>
      <translation>{0} Teilnehmende hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="426" />
      <source>Remove {0}</source>
      <translation>{0} entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="429" />
      <source>Rename {0}</source>
      <translation>{0} umbenennen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="437" />
      <source>Move {0} to {1}</source>
      <translation>{0} nach {1} verschieben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="449" />
      <source>Hide placements</source>
      <translation>Platzierungen verbergen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="449" />
      <source>Reveal placements</source>
      <translation>Platzierungen aufdecken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="461" />
      <source>After discussion</source>
      <translation>Nach der Diskussion</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="461" />
      <source>After discussion {0}</source>
      <translation>Nach der Diskussion {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="462" />
      <source>Place again</source>
      <translation>Erneut platzieren</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="462" />
      <source>Place again ({0})</source>
      <translation>Erneut platzieren ({0})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="465" />
      <source>After the discussion: place your tokens again where you now see it.</source>
      <translation>Nach der Diskussion: Setzen Sie Ihre Marker erneut dorthin, wo Sie es jetzt sehen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="466" />
      <source>Add re-placement round</source>
      <translation>Runde zum erneuten Platzieren hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="473" />
      <source>Add step “{0}”</source>
      <translation>Schritt „{0}“ hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="477" />
      <source>Remove step “{0}”</source>
      <translation>Schritt „{0}“ entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="481" />
      <source>Move step “{0}”</source>
      <translation>Schritt „{0}“ verschieben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="487" />
      <source>Rename step “{0}”</source>
      <translation>Schritt „{0}“ umbenennen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="489" />
      <source>Edit step “{0}”</source>
      <translation>Schritt „{0}“ bearbeiten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="493" />
      <source>Reorder steps</source>
      <translation>Schritte neu ordnen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="518" />
      <source>Edit note</source>
      <translation>Notiz bearbeiten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="521" />
      <source>Delete note</source>
      <translation>Notiz löschen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="545" />
      <location filename="../../collabworkshop/controller/session_controller.py" line="540" />
      <source>Edit action owner</source>
      <translation>Verantwortliche der Maßnahme ändern</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="553" />
      <source>New action</source>
      <translation>Neue Maßnahme</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="567" />
      <source>Accept {0} suggestions</source>
      <translation>{0} Vorschläge übernehmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="659" />
      <source>Not undone: a participant has changed “{0}” from their device since. Change it by hand if it must change.</source>
      <translation>Nicht rückgängig gemacht: Eine teilnehmende Person hat „{0}“ seitdem auf ihrem Gerät geändert. Ändern Sie es von Hand, wenn es geändert werden muss.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="672" />
      <source>Not redone: a participant has changed “{0}” from their device since. Change it by hand if it must change.</source>
      <translation>Nicht wiederhergestellt: Eine teilnehmende Person hat „{0}“ seitdem auf ihrem Gerät geändert. Ändern Sie es von Hand, wenn es geändert werden muss.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/controller/session_controller.py" line="719" />
      <source>%n dot|%n dots</source>
      <translation>
        <numerusform>%n Stimme</numerusform>
        <numerusform>%n Stimmen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/controller/session_controller.py" line="765" />
      <source>Could not record the change: {0}</source>
      <translation>Die Änderung konnte nicht aufgezeichnet werden: {0}</translation>
    </message>
    <message>
      <source>A team needs a name.</source>
      <translation type="vanished">Ein Team braucht einen Namen.</translation>
    </message>
  </context>
  <context>
    <name>SessionFile</name>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="195" />
      <source>{0}: cannot upgrade this session file from format {1} ({2})</source>
      <translation>{0}: diese Sitzungsdatei kann nicht von Format {1} aktualisiert werden ({2})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="216" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="691" />
      <source>{0}: no such file</source>
      <translation>{0}: Datei nicht gefunden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="218" />
      <source>{0}: is a folder, not a session file</source>
      <translation>{0}: ist ein Ordner, keine Sitzungsdatei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="225" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="582" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="630" />
      <source>{0}: {1}, not a session file</source>
      <translation>{0}: {1}, keine Sitzungsdatei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="227" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="584" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="632" />
      <source>{0}: cannot read ({1})</source>
      <translation>{0}: kann nicht gelesen werden ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="234" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="634" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="709" />
      <source>{0}: not a CollabWorkshop session file</source>
      <translation>{0}: keine CollabWorkshop-Sitzungsdatei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="239" />
      <source>{0}: not a CollabWorkshop session file (a different SQLite database)</source>
      <translation>{0}: keine CollabWorkshop-Sitzungsdatei (eine andere SQLite-Datenbank)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="243" />
      <source>{0}: made by a newer CollabWorkshop (file format {1}; this version reads up to {2}). Please update the app.</source>
      <translation>{0}: von einem neueren CollabWorkshop erstellt (Dateiformat {1}; diese Version liest bis {2}). Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="249" />
      <source>{0}: session file has no format version</source>
      <translation>{0}: Sitzungsdatei hat keine Formatversion</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="276" />
      <source>{0}: session file is damaged (impossible page size {1})</source>
      <translation>{0}: Sitzungsdatei ist beschädigt (unmögliche Seitengröße {1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="279" />
      <source>{0}: session file is damaged (it is incomplete: {1} bytes)</source>
      <translation>{0}: Sitzungsdatei ist beschädigt (sie ist unvollständig: {1} Bytes)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="351" />
      <source>{0}: session file refused: reading it takes more work than the limit ({1:,} SQLite steps)</source>
      <translation>{0}: Sitzungsdatei abgelehnt: sie zu lesen kostet mehr Arbeit als die Grenze ({1} SQLite-Schritte)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="357" />
      <source>{0}: session file refused: it holds a value longer than the limit ({1} MB)</source>
      <translation>{0}: Sitzungsdatei abgelehnt: sie enthält einen Wert, der länger ist als die Grenze ({1} MB)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="361" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="853" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="552" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1170" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="721" />
      <source>{0}: session file is damaged ({1})</source>
      <translation>{0}: Sitzungsdatei ist beschädigt ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="365" />
      <source>{0:.1f} MB</source>
      <translation>{0:.1f} MB</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="365" />
      <source>{0:,} bytes</source>
      <translation>{0} Bytes</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="428" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="569" />
      <source>{0}: session file refused: it is larger than the limit ({1}; at most {2} MB)</source>
      <translation>{0}: Sitzungsdatei abgelehnt: sie ist größer als die Grenze ({1}; höchstens {2} MB)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="436" />
      <source>{0}: session file refused: its {1} file is larger than the limit ({2}; at most {3} MB)</source>
      <translation>{0}: Sitzungsdatei abgelehnt: ihre {1}-Datei ist größer als die Grenze ({2}; höchstens {3} MB)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="468" />
      <source>{0}: the {1} file beside it cannot be applied</source>
      <translation>{0}: die {1}-Datei daneben kann nicht angewendet werden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="523" />
      <source>{0}: cannot copy for reading ({1})</source>
      <translation>{0}: kann zum Lesen nicht kopiert werden ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="677" />
      <source>{0}: cannot make a working copy to open it ({1})</source>
      <translation>{0}: zum Öffnen kann keine Arbeitskopie angelegt werden ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="711" />
      <source>{0}: unusable format version {1}</source>
      <translation>{0}: unbrauchbare Formatversion {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="803" />
      <source>cannot save {0}: the {1} file beside it could not be applied to it first ({2})</source>
      <translation>{0} kann nicht gespeichert werden: die {1}-Datei daneben konnte vorher nicht darauf angewendet werden ({2})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="822" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="824" />
      <source>cannot save {0}: {1}</source>
      <translation>{0} kann nicht gespeichert werden: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1006" />
      <source>{0}: session file is damaged (missing {1})</source>
      <translation>{0}: Sitzungsdatei ist beschädigt (es fehlt: {1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1010" />
      <source>{0}: session file has an unexpected schema ({1} is a {2}, not a table)</source>
      <translation>{0}: Sitzungsdatei hat ein unerwartetes Schema ({1} ist vom Typ {2}, keine Tabelle)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1014" />
      <source>{0}: session file has an unexpected schema ({1} is a virtual table)</source>
      <translation>{0}: Sitzungsdatei hat ein unerwartetes Schema ({1} ist eine virtuelle Tabelle)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1020" />
      <source>{0}: session file is damaged ({1} has no column {2})</source>
      <translation>{0}: Sitzungsdatei ist beschädigt ({1} hat keine Spalte {2})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1025" />
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1050" />
      <source>{0}: session file has an unexpected schema ({1}.{2} is a generated column)</source>
      <translation>{0}: Sitzungsdatei hat ein unerwartetes Schema ({1}.{2} ist eine berechnete Spalte)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1040" />
      <source>a virtual table</source>
      <translation>eine virtuelle Tabelle</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1040" />
      <source>a {0}, not a table</source>
      <translation>vom Typ {0}, keine Tabelle</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1041" />
      <source>{0}: session file has an unexpected schema ({1} is {2})</source>
      <translation>{0}: Sitzungsdatei hat ein unerwartetes Schema ({1} ist {2})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1082" />
      <source>{0}: session file refused: {1} has more rows than the limit ({2:,})</source>
      <translation>{0}: Sitzungsdatei abgelehnt: {1} hat mehr Zeilen als die Grenze ({2})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1172" />
      <source>{0}: session file holds invalid data ({1})</source>
      <translation>{0}: Sitzungsdatei enthält ungültige Daten ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1173" />
      <source>dimensions</source>
      <translation>Dimensionen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1175" />
      <source>rounds</source>
      <translation>Runden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1175" />
      <source>steps</source>
      <translation>Schritte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1177" />
      <source>{0}: session file is damaged (it has no {1}; a workshop needs at least one dimension, round and step)</source>
      <translation>{0}: Sitzungsdatei ist beschädigt (sie hat keine {1}; ein Workshop braucht mindestens eine Dimension, eine Runde und einen Schritt)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/storage/sessionfile.py" line="1179" />
      <source> and no </source>
      <translation> und keine </translation>
    </message>
  </context>
  <context>
    <name>SetupPage</name>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="56" />
      <source>Session set-up</source>
      <translation>Einrichtung der Sitzung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="60" />
      <source>Session</source>
      <translation>Sitzung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="63" />
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="63" />
      <source>&amp;Organisation or programme</source>
      <translation>&amp;Organisation oder Programm</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="64" />
      <source>&amp;Facilitator</source>
      <translation>&amp;Moderation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="74" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="78" />
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="81" />
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="104" />
      <source>Teams</source>
      <translation>Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="85" />
      <source>Team name</source>
      <translation>Teamname</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="86" />
      <source>New team name</source>
      <translation>Name des neuen Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="89" />
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="105" />
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="132" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="90" />
      <source>New team organisation</source>
      <translation>Organisation des neuen Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="92" />
      <source>&amp;Add team</source>
      <translation>Team &amp;hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="105" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="105" />
      <source>Colour</source>
      <translation>Farbe</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="113" />
      <source>&amp;Colour…</source>
      <translation>&amp;Farbe …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="114" />
      <source>&amp;Remove team</source>
      <translation>Team &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="119" />
      <source>Double-click a name or organisation to rename it. Removing a team removes its placements (Undo brings them back).</source>
      <translation>Doppelklicken Sie auf einen Namen oder eine Organisation, um sie umzubenennen. Wenn Sie ein Team entfernen, werden seine Platzierungen entfernt (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="195" />
      <source>{0}: remove a team to add another.</source>
      <translation>{0}: Entfernen Sie ein Team, um ein weiteres hinzuzufügen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="230" />
      <source>Colour for {0}</source>
      <translation>Farbe für {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="242" />
      <source>Participants</source>
      <translation>Teilnehmende</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="244" />
      <source>Each &amp;team places one token</source>
      <translation>Jedes &amp;Team setzt einen Marker</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="245" />
      <source>Each &amp;participant places a token</source>
      <translation>Jede/r &amp;Teilnehmende setzt einen Marker</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="255" />
      <source>Participant name</source>
      <translation>Name der/des Teilnehmenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="256" />
      <source>New participant name</source>
      <translation>Name der/des neuen Teilnehmenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="259" />
      <source>Team of the participant</source>
      <translation>Team der/des Teilnehmenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="260" />
      <source>Add &amp;participant</source>
      <translation>Teilnehmende &amp;hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="267" />
      <source>Participants by team</source>
      <translation>Teilnehmende nach Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="272" />
      <source>&amp;Move to team</source>
      <translation>In Team &amp;verschieben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="273" />
      <source>Move the selected participant to the team chosen above</source>
      <translation>Die ausgewählte Person in das oben gewählte Team verschieben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="274" />
      <source>Remo&amp;ve participant</source>
      <translation>Teilnehmende entfer&amp;nen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="279" />
      <source>In participant mode everyone places their own token, in their team's colour; the board also shows each team's mean. Double-click a name to rename it.</source>
      <translation>Im Teilnehmermodus setzt jede Person ihren eigenen Marker in der Farbe ihres Teams; das Board zeigt außerdem den Mittelwert jedes Teams. Doppelklicken Sie auf einen Namen, um ihn umzubenennen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="314" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/setup_page.py" line="336" />
      <source>{0}: remove a participant to add another.</source>
      <translation>{0}: Entfernen Sie eine teilnehmende Person, um eine weitere hinzuzufügen.</translation>
    </message>
    <message>
      <source>Participants place tokens</source>
      <translation type="vanished">Teilnehmende setzen Marker</translation>
    </message>
    <message>
      <source>Teams place tokens</source>
      <translation type="vanished">Teams setzen Marker</translation>
    </message>
    <message>
      <source>Add {0}</source>
      <translation type="vanished">{0} hinzufügen</translation>
    </message>
    <message>
      <source>Remove {0}</source>
      <translation type="vanished">{0} entfernen</translation>
    </message>
    <message>
      <source>Move {0} to {1}</source>
      <translation type="vanished">{0} nach {1} verschieben</translation>
    </message>
    <message>
      <source>A participant needs a name.</source>
      <translation type="vanished">Teilnehmende brauchen einen Namen.</translation>
    </message>
    <message>
      <source>Rename {0}</source>
      <translation type="vanished">{0} umbenennen</translation>
    </message>
  </context>
  <context>
    <name>SpectrumBoard</name>
    <message>
      <location filename="../../collabworkshop/ui/board/find.py" line="32" />
      <source>Find a person or team</source>
      <translation>Person oder Team suchen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/find.py" line="33" />
      <source>Find a person or team on the board</source>
      <translation>Person oder Team auf dem Board suchen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/find.py" line="35" />
      <source>Ctrl+F or / on the board; Enter goes to the first token found, Escape closes</source>
      <translation>Strg+F oder / auf dem Board; Enter springt zum ersten gefundenen Token, Escape schließt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/find.py" line="69" />
      <source>{0} found on each row</source>
      <translation>{0} pro Zeile gefunden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="46" />
      <source>placed: {0} of {1}</source>
      <translation>platziert: {0} von {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="53" />
      <source>median {0}</source>
      <translation>Median {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="54" />
      <source>no placements yet</source>
      <translation>noch keine Platzierungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="56" />
      <source>median</source>
      <translation>Median</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="62" />
      <source>median before</source>
      <translation>Median vorher</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="66" />
      <source>{0} → {1}, gap {2}</source>
      <translation>{0} → {1}, Lücke {2}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="79" />
      <source>rwg {0} → {1} {2} {3}</source>
      <translation>rwg {0} → {1} {2} {3}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="105" />
      <source>gap {0}</source>
      <translation>Lücke {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="132" />
      <source>movement since the previous round</source>
      <translation>Bewegung seit der vorigen Runde</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/overlays.py" line="188" />
      <location filename="../../collabworkshop/ui/board/overlays.py" line="214" />
      <source>{0}: team mean {1}</source>
      <translation>{0}: Mittelwert des Teams {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/scene.py" line="372" />
      <location filename="../../collabworkshop/ui/board/token.py" line="273" />
      <source>not placed</source>
      <translation>nicht platziert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/scene.py" line="563" />
      <source>dashed: {0}   ▲ median</source>
      <translation>gestrichelt: {0}   ▲ Median</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/scene.py" line="624" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/style.py" line="57" />
      <source>One row per dimension from cooperation (0) to collaboration (100). Tab to a token; arrow keys move it, Shift+arrow by 10, Home and End to the poles; Enter keeps the move, Escape puts the token back.</source>
      <translation>Eine Zeile je Dimension, von Kooperation (0) bis Kollaboration (100). Mit Tab zu einem Marker; die Pfeiltasten verschieben ihn, Umschalt+Pfeil um 10, Pos1 und Ende an die Pole; Eingabe behält die Verschiebung, Escape setzt den Marker zurück.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/style.py" line="86" />
      <source>midpoint</source>
      <translation>Mitte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/style.py" line="93" />
      <source>cooperation side</source>
      <translation>Seite der Kooperation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/style.py" line="93" />
      <source>collaboration side</source>
      <translation>Seite der Kollaboration</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/style.py" line="94" />
      <source>{0} side</source>
      <translation>Seite {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/token.py" line="275" />
      <source>placed, hidden until the reveal</source>
      <translation>platziert, verborgen bis zum Aufdecken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/token.py" line="276" />
      <source>{0} of 100</source>
      <translation>{0} von 100</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board/view.py" line="59" />
      <source>Spectrum board</source>
      <translation>Spektrum-Board</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="36" />
      <source>CollabWorkshop</source>
      <translation>CollabWorkshop</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="41" />
      <source>CollabWorkshop logo</source>
      <translation>CollabWorkshop-Logo</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="45" />
      <source>From cooperation to collaboration: place your teams on the spectrum, see where you agree, and leave with a plan.</source>
      <translation>Von der Kooperation zur Kollaboration: Platzieren Sie Ihre Teams auf dem Spektrum, sehen Sie, wo Sie übereinstimmen, und gehen Sie mit einem Plan.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="52" />
      <source>&amp;New session</source>
      <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="54" />
      <source>&amp;Open a session file…</source>
      <translation>Sitzungsdatei ö&amp;ffnen …</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="55" />
      <source>Open the &amp;sample session</source>
      <translation>&amp;Beispielsitzung öffnen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="56" />
      <source>A fictional harbour alliance of five teams, with placements and a plan</source>
      <translation>Eine erfundene Hafenallianz aus fünf Teams, mit Platzierungen und einem Plan</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="61" />
      <source>&amp;Recent sessions</source>
      <translation>&amp;Letzte Sitzungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="64" />
      <source>Recent sessions</source>
      <translation>Letzte Sitzungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/app/start_page.py" line="70" />
      <source>No recent sessions yet.</source>
      <translation>Noch keine zuletzt geöffneten Sitzungen.</translation>
    </message>
  </context>
  <context>
    <name>StatsPanel</name>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="99" />
      <source>too few to tell</source>
      <translation>zu wenige für eine Aussage</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="109" />
      <source>Points</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="110" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="181" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="111" />
      <source>Further right</source>
      <translation>Weiter rechts</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="112" />
      <source>Further left</source>
      <translation>Weiter links</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="113" />
      <source>Between</source>
      <translation>Zwischen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="182" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="197" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="706" />
      <source>n</source>
      <translation>n</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="183" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="199" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="706" />
      <source>Median</source>
      <translation>Median</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="184" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="204" />
      <source>rwg</source>
      <translation>rwg</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="185" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="206" />
      <source>Agreement</source>
      <translation>Übereinstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="187" />
      <source>Gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="187" />
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="189" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="198" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="706" />
      <source>Mean</source>
      <translation>Mittelwert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="190" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="200" />
      <source>SD</source>
      <translation>SD</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="191" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="202" />
      <source>Q1–Q3</source>
      <translation>Q1–Q3</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="192" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="201" />
      <source>IQR</source>
      <translation>IQR</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="193" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="203" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="706" />
      <source>Min–max</source>
      <translation>Min.–Max.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="194" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="205" />
      <source>Consensus</source>
      <translation>Konsens</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="250" />
      <source>Most divergent dimension</source>
      <translation>Uneinigste Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="256" />
      <source>Charts and breakdowns</source>
      <translation>Diagramme und Aufschlüsselungen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="262" />
      <source>Spread of every dimension</source>
      <translation>Streuung jeder Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="269" />
      <source>Chart key</source>
      <translation>Legende</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="271" />
      <source>&amp;Spread</source>
      <translation>&amp;Streuung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="274" />
      <source>Profile across the characteristics, one line per round</source>
      <translation>Profil über die Merkmale, eine Linie je Runde</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="275" />
      <source>P&amp;rofile</source>
      <translation>P&amp;rofil</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="277" />
      <source>Figures per team</source>
      <translation>Kennzahlen je Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="278" />
      <source>&amp;Teams</source>
      <translation>&amp;Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="281" />
      <source>Teams and organisations 25 points or more apart</source>
      <translation>Teams und Organisationen, die 25 Punkte oder mehr auseinanderliegen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="285" />
      <source>&amp;Gaps</source>
      <translation>&amp;Lücken</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="289" />
      <source>Statistics for every dimension</source>
      <translation>Statistik für jede Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="300" />
      <source>Gaps &amp;use:</source>
      <translation>Lücken &amp;verwenden:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="303" />
      <source>the latest placement (after discussion)</source>
      <translation>die letzte Platzierung (nach der Diskussion)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="304" />
      <source>the first placement</source>
      <translation>die erste Platzierung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="305" />
      <source>Placement the gaps use</source>
      <translation>Platzierung, die die Lücken verwenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="306" />
      <source>Gaps, the plan and the reports compare Today and Needed; with a re-placement after discussion, choose which placement they use.</source>
      <translation>Lücken, Plan und Berichte vergleichen Heute und Soll; bei einer erneuten Platzierung nach der Diskussion wählen Sie, welche Platzierung sie verwenden.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="415" />
      <source>○ {0} (hollow) · ● {1} · ◆ mean · ┃ median · ▭ middle half (IQR) · → gap {2} to {3}, in points</source>
      <translation>○ {0} (hohl) · ● {1} · ◆ Mittelwert · ┃ Median · ▭ mittlere Hälfte (IQR) · → Lücke {2} zu {3}, in Punkten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="420" />
      <source>● one dot per placement · ◆ mean · ┃ median · ▭ middle half (IQR) · {0} dashed outline: most divergent</source>
      <translation>● ein Punkt je Platzierung · ◆ Mittelwert · ┃ Median · ▭ mittlere Hälfte (IQR) · {0} gestrichelter Rahmen: am uneinigsten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="633" />
      <source>Most divergent in {0}: needs two placements on a line.</source>
      <translation>Am uneinigsten in {0}: braucht zwei Platzierungen auf einer Linie.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="638" />
      <source>{0} {1}: every dimension is aligned; the lowest rwg is &lt;b&gt;{2}&lt;/b&gt;'s, {3}</source>
      <translation>{0} {1}: Bei jeder Dimension herrscht Einigkeit; der niedrigste rwg ist der von &lt;b&gt;{2}&lt;/b&gt;, {3}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="644" />
      <source>{0} Most divergent in {1}: &lt;b&gt;{2}&lt;/b&gt; · rwg {3} ({4}) · SD {5:.0f}</source>
      <translation>{0} Am uneinigsten in {1}: &lt;b&gt;{2}&lt;/b&gt; · rwg {3} ({4}) · SD {5:.0f}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="676" />
      <source>{0} of {1}</source>
      <translation>{0} von {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="706" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="708" />
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="706" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="708" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="713" />
      <source>Change</source>
      <translation>Veränderung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="713" />
      <source>{0} mean</source>
      <translation>Mittelwert {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="737" />
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="774" />
      <source>Teams</source>
      <translation>Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="737" />
      <source>Teams: {0}</source>
      <translation>Teams: {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="774" />
      <source>Organisations</source>
      <translation>Organisationen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="791" />
      <source>No two teams or organisations are 25 points or more apart.</source>
      <translation>Keine zwei Teams oder Organisationen liegen 25 Punkte oder mehr auseinander.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="797" />
      <source>&amp;Gaps ({0})</source>
      <translation>&amp;Lücken ({0})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/stats_panel.py" line="809" />
      <source>Most divergent dimension (lowest rwg)</source>
      <translation>Uneinigste Dimension (niedrigster rwg)</translation>
    </message>
    <message>
      <source>Use the latest placement for gaps</source>
      <translation type="vanished">Die letzte Platzierung für Lücken verwenden</translation>
    </message>
    <message>
      <source>Use the first placement for gaps</source>
      <translation type="vanished">Die erste Platzierung für Lücken verwenden</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="92" />
      <source>cannot read template {0}: it {1}, not a file</source>
      <translation>Vorlage {0} kann nicht gelesen werden: sie {1}, keine Datei</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="94" />
      <source>cannot read template {0}: {1}</source>
      <translation>Vorlage {0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="96" />
      <source>cannot read template {0}: too large for a template (over 1 MB)</source>
      <translation>Vorlage {0} kann nicht gelesen werden: zu groß für eine Vorlage (über 1 MB)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="98" />
      <source>cannot read template {0}: the file is empty</source>
      <translation>Vorlage {0} kann nicht gelesen werden: die Datei ist leer</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="103" />
      <source>cannot read template {0}: not UTF-8 text (byte {1} is 0x{2:02x})</source>
      <translation>Vorlage {0} kann nicht gelesen werden: kein UTF-8-Text (Byte {1} ist 0x{2:02x})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="111" />
      <source>cannot read template {0}: not valid JSON: {1} at line {2}, column {3}</source>
      <translation>Vorlage {0} kann nicht gelesen werden: kein gültiges JSON: {1} in Zeile {2}, Spalte {3}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="125" />
      <source>{0}: 'timebox_minutes' must be a number from 0 to {1}, not {2!r}</source>
      <translation>{0}: 'timebox_minutes' muss eine Zahl von 0 bis {1} sein, nicht {2!r}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="141" />
      <source>must be an object, not {0}</source>
      <translation>muss ein Objekt sein, nicht {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="143" />
      <source>'{0}' missing</source>
      <translation>'{0}' fehlt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="145" />
      <source>'{0}' missing or not a {1}</source>
      <translation>'{0}' fehlt oder ist kein Wert vom Typ {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="149" />
      <source>'{0}' is empty</source>
      <translation>'{0}' ist leer</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="157" />
      <source>'{0}' is not a str (text)</source>
      <translation>'{0}' ist kein str (Text)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="163" />
      <source>'{0}' is not valid text (character {1} is a lone surrogate, \u{2:04x})</source>
      <translation>'{0}' ist kein gültiger Text (Zeichen {1} ist ein einzelnes Surrogat, \u{2:04x})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="172" />
      <source>duplicate {0} id {1!r}</source>
      <translation>doppelte {0}-ID {1!r}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="175" />
      <source>not a CollabWorkshop template (no 'format': 'collabworkshop-template')</source>
      <translation>keine CollabWorkshop-Vorlage (kein 'format': 'collabworkshop-template')</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="177" />
      <source>not a CollabWorkshop template (format is {0!r})</source>
      <translation>keine CollabWorkshop-Vorlage (Format ist {0!r})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="180" />
      <source>must be a whole number from 1, not {0!r}</source>
      <translation>muss eine ganze Zahl ab 1 sein, nicht {0!r}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="184" />
      <source>made by a newer CollabWorkshop (template version {0}; this one reads up to {1}). Update CollabWorkshop to use it</source>
      <translation>von einem neueren CollabWorkshop erstellt (Vorlagenversion {0}; diese Version liest bis {1}). Aktualisieren Sie CollabWorkshop, um sie zu verwenden</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="195" />
      <source>needs at least one {0}</source>
      <translation>braucht mindestens einen Eintrag {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="222" />
      <source>unknown step kind {0!r} (one of: {1})</source>
      <translation>unbekannte Schrittart {0!r} (eine von: {1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="236" />
      <source>step {0!r} names unknown round {1!r} in '{2}' (rounds: {3})</source>
      <translation>Schritt {0!r} nennt in '{2}' die unbekannte Runde {1!r} (Runden: {3})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="240" />
      <source>a {0} step needs a 'round'</source>
      <translation>ein Schritt vom Typ {0} braucht eine 'round'</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="244" />
      <source>malformed zone list: must be a list, not {0}</source>
      <translation>fehlerhafte Zonenliste: muss eine Liste sein, nicht {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="250" />
      <source>malformed zone: needs numbers 'from', 'to' and a 'label' ({0!r})</source>
      <translation>fehlerhafte Zone: braucht die Zahlen 'from', 'to' und ein 'label' ({0!r})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="254" />
      <source>malformed zone: needs 0 &lt;= 'from' &lt; 'to' &lt;= 100</source>
      <translation>fehlerhafte Zone: braucht 0 &lt;= 'from' &lt; 'to' &lt;= 100</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="266" />
      <source>malformed contrast table: needs 'columns' and 'rows' lists of text ({0!r})</source>
      <translation>fehlerhafte Gegenüberstellung: braucht die Textlisten 'columns' und 'rows' ({0!r})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="271" />
      <source>each contrast row needs an aspect and one cell per column</source>
      <translation>jede Zeile der Gegenüberstellung braucht einen Aspekt und eine Zelle je Spalte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="276" />
      <source>str (text)</source>
      <translation>str (Text)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/template.py" line="277" />
      <source>list</source>
      <translation>Liste</translation>
    </message>
    <message>
      <source>an object</source>
      <translation type="vanished">ein Objekt</translation>
    </message>
    <message>
      <source>a list</source>
      <translation type="vanished">eine Liste</translation>
    </message>
    <message>
      <source>text</source>
      <translation type="vanished">Text</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation type="vanished">true/false</translation>
    </message>
    <message>
      <source>a number</source>
      <translation type="vanished">eine Zahl</translation>
    </message>
  </context>
  <context>
    <name>Themes</name>
    <message>
      <location filename="../../resources/themes/palettes.json" line="0" />
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <location filename="../../resources/themes/palettes.json" line="0" />
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <location filename="../../resources/themes/palettes.json" line="0" />
      <source>High contrast (projector)</source>
      <translation>Hoher Kontrast (Beamer)</translation>
    </message>
  </context>
  <context>
    <name>Timer</name>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="200" />
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="250" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="201" />
      <source>Start or pause the timer (Space)</source>
      <translation>Den Timer starten oder anhalten (Leertaste)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="202" />
      <source>+1 min</source>
      <translation>+1 Min.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="203" />
      <source>Add a minute</source>
      <translation>Eine Minute hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="204" />
      <source>Add a minute to this step's timebox</source>
      <translation>Der Zeitvorgabe dieses Schritts eine Minute hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="205" />
      <source>Reset</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="206" />
      <source>Reset the timer</source>
      <translation>Den Timer zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="225" />
      <source>Time's up — over by {0}</source>
      <translation>Die Zeit ist um — {0} überzogen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="228" />
      <source>left of {0}</source>
      <translation>übrig von {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="231" />
      <source>elapsed (no timebox)</source>
      <translation>vergangen (keine Zeitvorgabe)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="234" />
      <source> · paused</source>
      <translation> · angehalten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="234" />
      <source> · not started</source>
      <translation> · nicht gestartet</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="247" />
      <source>Timer</source>
      <translation>Timer</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="250" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="251" />
      <source>Pause the timer</source>
      <translation>Den Timer anhalten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/presentation/timer.py" line="251" />
      <source>Start the timer</source>
      <translation>Den Timer starten</translation>
    </message>
  </context>
  <context>
    <name>Trend</name>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="90" />
      <location filename="../../collabworkshop/planning/trend.py" line="99" />
      <source>not comparable</source>
      <translation>nicht vergleichbar</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="92" />
      <location filename="../../collabworkshop/planning/trend.py" line="101" />
      <source>about the same</source>
      <translation>etwa gleich</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="93" />
      <source>toward collaboration</source>
      <translation>Richtung Kollaboration</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="93" />
      <source>toward cooperation</source>
      <translation>Richtung Kooperation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="102" />
      <source>more agreement</source>
      <translation>mehr Übereinstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="102" />
      <source>less agreement</source>
      <translation>weniger Übereinstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="201" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="201" />
      <location filename="../../collabworkshop/planning/trend.py" line="202" />
      <source>mean</source>
      <translation>Mittelwert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="201" />
      <location filename="../../collabworkshop/planning/trend.py" line="202" />
      <source>{0} median</source>
      <translation>Median {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="203" />
      <source>change</source>
      <translation>Veränderung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="203" />
      <source>rwg change</source>
      <translation>Veränderung rwg</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="203" />
      <location filename="../../collabworkshop/planning/trend.py" line="204" />
      <source>gap {0}</source>
      <translation>Lücke {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="204" />
      <source>gap change</source>
      <translation>Veränderung Lücke</translation>
    </message>
  </context>
  <context>
    <name>TrendView</name>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="37" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="38" />
      <source>Baseline</source>
      <translation>Ausgangswert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="39" />
      <source>Now</source>
      <translation>Jetzt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="40" />
      <source>Position change</source>
      <translation>Veränderung der Position</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="41" />
      <source>Baseline agreement</source>
      <translation>Übereinstimmung Ausgangswert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="42" />
      <source>Now agreement</source>
      <translation>Übereinstimmung jetzt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="43" />
      <source>Agreement change</source>
      <translation>Veränderung der Übereinstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="44" />
      <source>Gap then → now</source>
      <translation>Lücke damals → jetzt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="61" />
      <source>n = {0}</source>
      <translation>n = {0}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="104" />
      <source>0 cooperation … 100 collaboration (median of Today)</source>
      <translation>0 Kooperation … 100 Kollaboration (Median von Heute)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="113" />
      <source>Baseline Today</source>
      <translation>Ausgangswert Heute</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="114" />
      <source>Today now</source>
      <translation>Heute jetzt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="158" />
      <source>Trend since the baseline, per dimension</source>
      <translation>Entwicklung seit dem Ausgangswert, je Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="168" />
      <source>Chart: baseline and current median per dimension</source>
      <translation>Diagramm: Median des Ausgangswerts und aktueller Median je Dimension</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="183" />
      <source>No baseline in this session: start a follow-up from a saved session (File → Start follow-up) to see the trend.</source>
      <translation>Kein Ausgangswert in dieser Sitzung: Beginnen Sie einen Folgetermin aus einer gespeicherten Sitzung (Datei → Folgetermin beginnen), um die Entwicklung zu sehen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="186" />
      <source>Today now against {0}. ▲ up, ▼ down, ▶ about the same, – not placed yet.</source>
      <translation>Heute jetzt gegenüber {0}. ▲ gestiegen, ▼ gesunken, ▶ etwa gleich, – noch nicht platziert.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="187" />
      <source>the baseline</source>
      <translation>der Ausgangswert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats/trend_view.py" line="201" />
      <source>Trend since the baseline</source>
      <translation>Entwicklung seit dem Ausgangswert</translation>
    </message>
  </context>
  <context>
    <name>Validate</name>
    <message>
      <location filename="../../collabworkshop/model/validate.py" line="34" />
      <source>true/false</source>
      <translation>true/false</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/validate.py" line="36" />
      <source>a number</source>
      <translation>eine Zahl</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/validate.py" line="38" />
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/validate.py" line="40" />
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/validate.py" line="42" />
      <source>an object</source>
      <translation>ein Objekt</translation>
    </message>
  </context>
  <context>
    <name>VotePage</name>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="41" />
      <source>1 dot</source>
      <translation>1 Stimme</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="41" />
      <source>{0} dots</source>
      <translation>{0} Stimmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="93" />
      <source>{0}, {1}, {2}</source>
      <translation>{0}, {1}, {2}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="96" />
      <source>{0}: take a dot off</source>
      <translation>{0}: eine Stimme wegnehmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="97" />
      <source>{0}: add a dot</source>
      <translation>{0}: eine Stimme hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="98" />
      <source>Take a dot off {0} for {1}</source>
      <translation>Bei {0} eine Stimme für {1} wegnehmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="106" />
      <source>Add a dot on {0} for {1}</source>
      <translation>Auf {0} eine Stimme für {1} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="109" />
      <source>{0} has no dots left: take one off another lever first.</source>
      <translation>{0} hat keine Punkte mehr: Nehmen Sie zuerst einen Punkt von einem anderen Hebel.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="139" />
      <source>&amp;Dots per team:</source>
      <translation>&amp;Stimmen je Team:</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="142" />
      <source>Dots per team</source>
      <translation>Stimmen je Team</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="143" />
      <source>How many dots each team spreads over the levers</source>
      <translation>Wie viele Stimmen jedes Team auf die Hebel verteilt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="151" />
      <source>Vote message</source>
      <translation>Hinweis zur Abstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="162" />
      <source>Dots per team and lever</source>
      <translation>Punkte je Team und Hebel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="169" />
      <source>Tally: dots per lever</source>
      <translation>Ergebnis: Stimmen je Hebel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="176" />
      <source>Lever</source>
      <translation>Hebel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="176" />
      <source>Dots</source>
      <translation>Stimmen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="176" />
      <source>Importance</source>
      <translation>Bedeutung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="223" />
      <source>Add teams in the set-up (Ctrl+0) to vote.</source>
      <translation>Fügen Sie in der Einrichtung (Strg+0) Teams hinzu, um abzustimmen.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="313" />
      <source>⚠ {0} over: take some off</source>
      <translation>⚠ {0} zu viel: Nehmen Sie welche weg</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="315" />
      <source>✓ all {0} placed</source>
      <translation>✓ alle {0} vergeben</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="317" />
      <source>{0} of {1} left</source>
      <translation>{0} von {1} übrig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="318" />
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="327" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="330" />
      <source>{0}: importance {1}</source>
      <translation>{0}: Bedeutung {1}</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="333" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="337" />
      <source>{0} on the levers. Importance from each lever's dots against the top lever's: more than two thirds 3, more than a third 2, else 1; the action plan ranks its suggestions by it.</source>
      <translation>{0} auf den Hebeln. Die Bedeutung ergibt sich aus den Stimmen jedes Hebels im Vergleich zum stärksten: mehr als zwei Drittel 3, mehr als ein Drittel 2, sonst 1; der Maßnahmenplan ordnet seine Vorschläge danach.</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/vote_page.py" line="342" />
      <source>No dots yet: until the teams vote, the action plan weighs every lever the same.</source>
      <translation>Noch keine Stimmen: Bis die Teams abstimmen, gewichtet der Maßnahmenplan jeden Hebel gleich.</translation>
    </message>
    <message>
      <source>{0} has placed all {1}. Take a dot off another lever first.</source>
      <translation type="vanished">{0} hat alle {1} vergeben. Nehmen Sie zuerst bei einem anderen Hebel eine Stimme weg.</translation>
    </message>
    <message>
      <source>Change dots per team</source>
      <translation type="vanished">Stimmen je Team ändern</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="20" />
      <source>Shared goals</source>
      <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="21" />
      <source>Joint governance</source>
      <translation>Gemeinsame Steuerung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="22" />
      <source>Psychological safety</source>
      <translation>Psychologische Sicherheit</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="23" />
      <source>Open communication</source>
      <translation>Offene Kommunikation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="24" />
      <source>Mutual accountability</source>
      <translation>Gegenseitige Verantwortung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="25" />
      <source>The right partners</source>
      <translation>Die richtigen Partner</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="28" />
      <source>Not started</source>
      <translation>Nicht begonnen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="29" />
      <source>In progress</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="30" />
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="31" />
      <source>Blocked</source>
      <translation>Blockiert</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="34" />
      <source>Information</source>
      <translation>Information</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="35" />
      <source>Placement</source>
      <translation>Platzierung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="36" />
      <source>Discussion</source>
      <translation>Diskussion</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="37" />
      <source>Lever vote</source>
      <translation>Hebel-Abstimmung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="38" />
      <source>Action plan</source>
      <translation>Maßnahmenplan</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="39" />
      <source>Review actions</source>
      <translation>Maßnahmen überprüfen</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="40" />
      <source>Wrap-up</source>
      <translation>Abschluss</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="43" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="44" />
      <source>Decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="45" />
      <source>Parking lot</source>
      <translation>Themenspeicher</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="48" />
      <source>Aligned</source>
      <translation>Einig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="49" />
      <source>Mixed</source>
      <translation>Gemischt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="50" />
      <source>Divided</source>
      <translation>Uneinig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="53" />
      <source>Maintain</source>
      <translation>Halten</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="54" />
      <source>Moderate</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="55" />
      <source>Major</source>
      <translation>Groß</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="58" />
      <source>Converging</source>
      <translation>Konvergierend</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="59" />
      <source>Steady</source>
      <translation>Stabil</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="60" />
      <source>Diverging</source>
      <translation>Divergierend</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="64" />
      <source>Low</source>
      <translation>Niedrig</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="65" />
      <source>Medium</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="66" />
      <source>High</source>
      <translation>Hoch</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="70" />
      <source>title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="71" />
      <source>organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="72" />
      <source>date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="73" />
      <source>facilitator</source>
      <translation>Moderation</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="74" />
      <source>name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="75" />
      <source>colour</source>
      <translation>Farbe</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="76" />
      <source>lever</source>
      <translation>Hebel</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="77" />
      <source>why</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="78" />
      <source>owner</source>
      <translation>Zuständigkeit</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="79" />
      <source>due</source>
      <translation>Fälligkeit</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="80" />
      <source>success measure</source>
      <translation>Erfolgskriterium</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="81" />
      <source>status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="82" />
      <source>impact</source>
      <translation>Wirkung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="83" />
      <source>effort</source>
      <translation>Aufwand</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="84" />
      <source>supporting</source>
      <translation>Unterstützung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="85" />
      <source>accepted</source>
      <translation>Übernahme</translation>
    </message>
  </context>
  <context>
    <name>WorkshopView</name>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="80" />
      <source>Workshop steps</source>
      <translation>Workshop-Schritte</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="91" />
      <source>Step page</source>
      <translation>Seite des Schritts</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="97" />
      <source>← Back</source>
      <translation>← Zurück</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="98" />
      <source>Previous step</source>
      <translation>Vorheriger Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="99" />
      <source>Previous step (Page Up)</source>
      <translation>Vorheriger Schritt (Bild auf)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="103" />
      <source>Next →</source>
      <translation>Weiter →</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="104" />
      <source>Next step</source>
      <translation>Nächster Schritt</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="105" />
      <source>Next step (Page Down)</source>
      <translation>Nächster Schritt (Bild ab)</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="122" />
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="206" />
      <source>Set-up</source>
      <translation>Einrichtung</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="123" />
      <source>Session facts and teams</source>
      <translation>Eckdaten der Sitzung und Teams</translation>
    </message>
    <message>
      <location filename="../../collabworkshop/ui/steps/workshop_view.py" line="208" />
      <source>Step {0} of {1}: {2}</source>
      <translation>Schritt {0} von {1}: {2}</translation>
    </message>
  </context>
</TS>
