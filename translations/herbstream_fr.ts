<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdvancedSettingsBox</name>
    <message>
        <source>OCR &amp;languages:</source>
        <translation>La&amp;ngues de ROC&#xa0;:</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>Langues de ROC</translation>
    </message>
    <message>
        <source>Tesseract languages, joined with +, e.g. eng+fra+lat</source>
        <translation>Langues de Tesseract, reliées par +, p. ex. eng+fra+lat</translation>
    </message>
    <message>
        <source>Checkp&amp;oint after:</source>
        <translation>Point de contrô&amp;le après&#xa0;:</translation>
    </message>
    <message>
        <source>Checkpoint specimens</source>
        <translation>Spécimens avant le point de contrôle</translation>
    </message>
    <message>
        <source>The run is judged once this many specimens have finished</source>
        <translation>Le traitement est évalué dès que ce nombre de spécimens est terminé</translation>
    </message>
    <message>
        <source> specimens</source>
        <translation> spécimens</translation>
    </message>
    <message>
        <source>Stop if success &amp;below:</source>
        <translation>Arrêter si la réussite c&amp;hute sous&#xa0;:</translation>
    </message>
    <message>
        <source>Checkpoint minimum success rate</source>
        <translation>Taux de réussite minimal au point de contrôle</translation>
    </message>
    <message>
        <source>Below this success rate at the checkpoint, the run stops</source>
        <translation>Sous ce taux de réussite au point de contrôle, le traitement s&apos;arrête</translation>
    </message>
    <message>
        <source>Core fields re&amp;quired:</source>
        <translation>Champs essentiels re&amp;quis&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum core fields</source>
        <translation>Nombre minimal de champs essentiels</translation>
    </message>
    <message>
        <source>A specimen succeeds when at least this many core Darwin Core terms have a value</source>
        <translation>Un spécimen est réussi quand au moins ce nombre de termes Darwin Core essentiels ont une valeur</translation>
    </message>
    <message>
        <source>Monitor ever&amp;y:</source>
        <translation>S&amp;urveiller tous les&#xa0;:</translation>
    </message>
    <message>
        <source>Monitor every</source>
        <translation>Intervalle de surveillance</translation>
    </message>
    <message>
        <source>After the checkpoint, the success rate is checked every this many specimens</source>
        <translation>Après le point de contrôle, le taux de réussite est vérifié à chaque tranche de ce nombre de spécimens</translation>
    </message>
    <message>
        <source>Warn if success u&amp;nder:</source>
        <translation>Ave&amp;rtir si la réussite est sous&#xa0;:</translation>
    </message>
    <message>
        <source>Monitor minimum success rate</source>
        <translation>Taux de réussite glissant minimal</translation>
    </message>
    <message>
        <source>Below this rolling success rate, a warning is shown</source>
        <translation>Sous ce taux de réussite glissant, un avertissement s&apos;affiche</translation>
    </message>
    <message>
        <source>Stall warnin&amp;g after:</source>
        <translation>Avertir d&apos;un bl&amp;ocage après&#xa0;:</translation>
    </message>
    <message>
        <source>Stall seconds</source>
        <translation>Délai de blocage en secondes</translation>
    </message>
    <message>
        <source>A warning is shown when no specimen finishes for this long</source>
        <translation>Un avertissement s&apos;affiche quand aucun spécimen ne se termine pendant ce délai</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Image si&amp;ze limit:</source>
        <translation>Taille ma&amp;ximale d&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>Longest image side</source>
        <translation>Plus grand côté de l&apos;image</translation>
    </message>
    <message>
        <source>Images are scaled down to this longest side before sending</source>
        <translation>Les images sont réduites à ce plus grand côté avant l&apos;envoi</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>Attendre une réponse &amp;jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d&apos;attente des requêtes</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long is retried</source>
        <translation>Une requête qui ne reçoit rien pendant ce délai est relancée</translation>
    </message>
    <message>
        <source>Give up a re&amp;quest after:</source>
        <translation>A&amp;bandonner une requête après&#xa0;:</translation>
    </message>
    <message>
        <source>Request deadline</source>
        <translation>Durée maximale des requêtes</translation>
    </message>
    <message>
        <source>A request still running after this long in all is abandoned and retried, even if bytes keep arriving</source>
        <translation>Une requête encore en cours après ce délai au total est abandonnée et relancée, même si des octets continuent d&apos;arriver</translation>
    </message>
    <message>
        <source>Wait for retries at &amp;most:</source>
        <translation>Attendre les relances au &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Longest wait for retries</source>
        <translation>Attente maximale des relances</translation>
    </message>
    <message>
        <source>A specimen whose server asks to wait longer than this in all (Retry-After) fails instead of holding the run</source>
        <translation>Un spécimen dont le serveur demande d&apos;attendre plus longtemps que ce délai au total (Retry-After) échoue au lieu de bloquer le traitement</translation>
    </message>
    <message>
        <source>Trust checks:</source>
        <translation>Contrôles de fiabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Trust checks</source>
        <translation>Contrôles de fiabilité</translation>
    </message>
    <message>
        <source>Checks that flag well-formed records whose values cannot be trusted: values copied from the prompt, repeated catalogue numbers, barcode disagreements, impossible values</source>
        <translation>Contrôles qui signalent les fiches bien formées dont les valeurs ne sont pas fiables&#xa0;: valeurs copiées de l&apos;invite, numéros de catalogue répétés, désaccords avec le code-barres, valeurs impossibles</translation>
    </message>
    <message>
        <source>Stop on warnings:</source>
        <translation>Arrêter sur les avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Trust warnings that stop the run</source>
        <translation>Avertissements de fiabilité qui arrêtent le traitement</translation>
    </message>
    <message>
        <source>A trust warning ticked here stops the run instead of only being shown</source>
        <translation>Un avertissement de fiabilité coché ici arrête le traitement au lieu d&apos;être seulement affiché</translation>
    </message>
    <message>
        <source>Control sheets (&amp;known answers):</source>
        <translation>Planches témoins (&amp;valeurs connues)&#xa0;:</translation>
    </message>
    <message>
        <source>Control sheets file</source>
        <translation>Fichier des planches témoins</translation>
    </message>
    <message>
        <source>A CSV file of known values for some images of the folder: they are sent first, again every few specimens, and a run that reads them wrongly is stopped or warned about</source>
        <translation>Un fichier CSV des valeurs connues de quelques images du dossier&#xa0;: elles sont envoyées en premier, puis de nouveau toutes les quelques planches, et un traitement qui les lit mal est arrêté ou signalé</translation>
    </message>
    <message>
        <source>Control again e&amp;very:</source>
        <translation>Témoin de nou&amp;veau toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Control sheet again every</source>
        <translation>Planche témoin de nouveau toutes les</translation>
    </message>
    <message>
        <source>During the run, one control sheet is sent again after this many specimens</source>
        <translation>Pendant le traitement, une planche témoin est envoyée de nouveau après ce nombre de spécimens</translation>
    </message>
    <message>
        <source>Control accuracy at least:</source>
        <translation>Exactitude des témoins d&apos;au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Control sheets minimum accuracy</source>
        <translation>Exactitude minimale des planches témoins</translation>
    </message>
    <message>
        <source>Below this share of exact known values, control sheets stop the run at its start and warn later</source>
        <translation>Sous cette part de valeurs connues exactes, les planches témoins arrêtent le traitement à son début et avertissent ensuite</translation>
    </message>
    <message>
        <source>Second opinion (&amp;audit model):</source>
        <translation>Second avis (modèle d’&amp;audit) :</translation>
    </message>
    <message>
        <source>Audit model</source>
        <translation>Modèle d’audit</translation>
    </message>
    <message>
        <source>A second model that reads every few specimens as well; a run whose two models disagree is warned about. Empty: no second opinion</source>
        <translation>Un second modèle qui lit aussi un spécimen sur quelques-uns ; une exécution dont les deux modèles divergent est signalée. Vide : pas de second avis</translation>
    </message>
    <message>
        <source>Audit e&amp;very:</source>
        <translation>Audit &amp;tous les :</translation>
    </message>
    <message>
        <source>Audit every</source>
        <translation>Audit tous les</translation>
    </message>
    <message>
        <source>One specimen in this many is also read by the audit model</source>
        <translation>Un spécimen sur ce nombre est aussi lu par le modèle d’audit</translation>
    </message>
    <message>
        <source>Audit agreement at least:</source>
        <translation>Accord de l’audit au moins :</translation>
    </message>
    <message>
        <source>Audit minimum agreement</source>
        <translation>Accord minimal de l’audit</translation>
    </message>
    <message>
        <source>Below this share of core fields read alike by both models, the run is warned about</source>
        <translation>Sous cette part de champs principaux lus de même par les deux modèles, l’exécution est signalée</translation>
    </message>
</context>
<context>
    <name>ApiKeyChecks</name>
    <message>
        <source>--api-key-env takes the name of the environment variable that holds the key, not the key itself (the value given looks like a key; it is not shown). Put the key in a variable, e.g. OPENROUTER_API_KEY, and give its name.</source>
        <translation>--api-key-env prend le nom de la variable d&apos;environnement qui contient la clé, pas la clé elle-même (la valeur donnée ressemble à une clé; elle n&apos;est pas affichée). Mettez la clé dans une variable, p. ex. OPENROUTER_API_KEY, et donnez son nom.</translation>
    </message>
    <message>
        <source>--api-key-env takes the name of an environment variable: letters, digits and _, not starting with a digit.</source>
        <translation>--api-key-env prend le nom d&apos;une variable d&apos;environnement&#xa0;: lettres, chiffres et _, sans chiffre au début.</translation>
    </message>
    <message>
        <source>The API key contains a line break (CR or LF), as a key copied with its line end does: set it again without it.</source>
        <translation>La clé d&apos;API contient un saut de ligne (CR ou LF), comme une clé copiée avec sa fin de ligne&#xa0;: entrez-la de nouveau sans ce saut de ligne.</translation>
    </message>
</context>
<context>
    <name>ArchiveCheck</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <source>(%n record(s))</source>
        <translation>
            <numerusform>(%n fiche)</numerusform>
            <numerusform>(%n fiches)</numerusform>
        </translation>
    </message>
    <message>
        <source>, e.g. &apos;%1&apos;</source>
        <translation>, p. ex. «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) checked.</source>
        <translation>
            <numerusform>%n fiche contrôlée.</numerusform>
            <numerusform>%n fiches contrôlées.</numerusform>
        </translation>
    </message>
    <message>
        <source>GBIF check: refused (%1).</source>
        <translation>Contrôle GBIF&#xa0;: refusée (%1).</translation>
    </message>
    <message>
        <source>GBIF check: accepted, no warning.</source>
        <translation>Contrôle GBIF&#xa0;: acceptée, aucun avertissement.</translation>
    </message>
    <message numerus="yes">
        <source>GBIF check: accepted with %n warning(s).</source>
        <translation>
            <numerusform>Contrôle GBIF&#xa0;: acceptée avec %n avertissement.</numerusform>
            <numerusform>Contrôle GBIF&#xa0;: acceptée avec %n avertissements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>another program has it open (a spreadsheet or an antivirus?); close it and try again (%1)</source>
        <translation>un autre programme l&apos;a ouvert (un tableur ou un antivirus?); fermez-le et réessayez (%1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>The second model disagrees with the run&apos;s model: %1 of %2 core values read alike over the last %3 audited specimens (%4, below %5). One of them is misreading the sheets; compare the fields in the evidence with the sheets.</source>
        <translation>Le second modèle ne s’accorde pas avec celui de l’exécution : %1 valeurs principales sur %2 lues de même sur les %3 derniers spécimens audités (%4, sous %5). L’un des deux lit mal les planches ; comparez les champs des preuves avec les planches.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>herbstream %1: %2
Try &apos;herbstream --help&apos;.
</source>
        <translation>herbstream %1: %2
Essayez «&#xa0;herbstream --help&#xa0;».
</translation>
    </message>
    <message>
        <source>herbstream: no display for the window; use &apos;herbstream run&apos; on a headless machine.
</source>
        <translation>herbstream: aucun écran pour la fenêtre; utilisez «&#xa0;herbstream run&#xa0;» sur une machine sans affichage.
</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
    <message>
        <source>Run folder.</source>
        <translation>Dossier du traitement.</translation>
    </message>
    <message>
        <source>the scenario is &apos;healthy&apos; or &apos;failing&apos;</source>
        <translation>le scénario est «&#xa0;healthy&#xa0;» ou «&#xa0;failing&#xa0;»</translation>
    </message>
    <message>
        <source>--count and --latency-ms take whole numbers</source>
        <translation>--count et --latency-ms prennent des nombres entiers</translation>
    </message>
    <message>
        <source>herbstream demo: %1
</source>
        <translation>herbstream demo: %1
</translation>
    </message>
    <message>
        <source>Event-bus demonstration (simulated specimens, no extraction) into %1
</source>
        <translation>Démonstration du bus d&apos;événements (spécimens simulés, aucune extraction) dans %1
</translation>
    </message>
    <message>
        <source>Folder of specimen images.</source>
        <translation>Dossier des images de spécimens.</translation>
    </message>
    <message>
        <source>Start the run at once.</source>
        <translation>Lancer le traitement tout de suite.</translation>
    </message>
    <message>
        <source>expects one folder of images</source>
        <translation>attend un seul dossier d&apos;images</translation>
    </message>
    <message>
        <source>--start needs a folder of images</source>
        <translation>--start demande un dossier d&apos;images</translation>
    </message>
    <message>
        <source>%1:%2: corrupt line: %3
</source>
        <translation>%1:%2: ligne corrompue&#xa0;: %3
</translation>
    </message>
    <message>
        <source>herbstream replay: %1
</source>
        <translation>herbstream replay: %1
</translation>
    </message>
    <message>
        <source>%1: the last line is incomplete (the writer is still running or crashed); it was ignored
</source>
        <translation>%1: la dernière ligne est incomplète (le programme qui écrit le journal tourne encore ou s&apos;est planté); elle a été ignorée
</translation>
    </message>
    <message>
        <source>Keep reading as the log grows, until the run ends.</source>
        <translation>Continuer la lecture à mesure que le journal grandit, jusqu&apos;à la fin du traitement.</translation>
    </message>
    <message>
        <source>expects one events.jsonl or run folder</source>
        <translation>attend un seul events.jsonl ou dossier de traitement</translation>
    </message>
    <message>
        <source>Process at most N specimens (0: all).</source>
        <translation>Traiter au plus N spécimens (0&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Prompt file or NAME.system/.user.prompt pair.</source>
        <translation>Fichier d&apos;invite ou paire NOM.system/.user.prompt.</translation>
    </message>
    <message>
        <source>openai or tesseract.</source>
        <translation>openai ou tesseract.</translation>
    </message>
    <message>
        <source>Model id.</source>
        <translation>Identifiant du modèle.</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint.</source>
        <translation>Point de terminaison compatible OpenAI.</translation>
    </message>
    <message>
        <source>Environment variable holding the key.</source>
        <translation>Variable d&apos;environnement qui contient la clé.</translation>
    </message>
    <message>
        <source>Continue the run folder.</source>
        <translation>Poursuivre le traitement de ce dossier.</translation>
    </message>
    <message>
        <source>Preflight and one specimen; print the parsed record.</source>
        <translation>Vérification préalable et un seul spécimen; affiche la fiche obtenue.</translation>
    </message>
    <message>
        <source>OpenRouter: only providers that do not collect data.</source>
        <translation>OpenRouter&#xa0;: seulement les fournisseurs qui ne collectent pas de données.</translation>
    </message>
    <message>
        <source>Allow plain http to a non-loopback host.</source>
        <translation>Permettre le http non chiffré vers un hôte autre que l&apos;hôte local.</translation>
    </message>
    <message>
        <source>institutionCode of the exports.</source>
        <translation>institutionCode des exportations.</translation>
    </message>
    <message>
        <source>collectionCode of the exports.</source>
        <translation>collectionCode des exportations.</translation>
    </message>
    <message>
        <source>No API key in %1: using the offline engine (Tesseract).
</source>
        <translation>Aucune clé d&apos;API dans %1&#xa0;: utilisation du moteur hors ligne (Tesseract).
</translation>
    </message>
    <message>
        <source>Run folder: %1
</source>
        <translation>Dossier du traitement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Folder for the sheets and truth.csv.</source>
        <translation>Dossier des planches et de truth.csv.</translation>
    </message>
    <message>
        <source>expects one folder</source>
        <translation>attend un seul dossier</translation>
    </message>
    <message>
        <source>--count and --seed take whole numbers</source>
        <translation>--count et --seed prennent des nombres entiers</translation>
    </message>
    <message numerus="yes">
        <source>herbstream samples: %1 (%n sheets written)
</source>
        <translation>
            <numerusform>herbstream samples: %1 (%n planche écrite)
</numerusform>
            <numerusform>herbstream samples: %1 (%n planches écrites)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synthetic specimen sheets and truth.csv in %1
</source>
        <translation>
            <numerusform>%n planche d&apos;herbier synthétique et truth.csv dans %1
</numerusform>
            <numerusform>%n planches d&apos;herbier synthétiques et truth.csv dans %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: fichier introuvable</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON plutôt qu&apos;un tableau.</translation>
    </message>
    <message>
        <source>expects RECORDS and TRUTH.csv</source>
        <translation>attend FICHES et TRUTH.csv</translation>
    </message>
    <message>
        <source>herbstream score: %1
</source>
        <translation>herbstream score: %1
</translation>
    </message>
    <message>
        <source>Folder of specimen images, or an events.jsonl or run folder to watch.</source>
        <translation>Dossier des images de spécimens, ou events.jsonl ou dossier de traitement à suivre.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>invite intégrée</translation>
    </message>
    <message>
        <source>openai when the key&apos;s variable is set, else tesseract</source>
        <translation>openai si la variable de la clé est définie, sinon tesseract</translation>
    </message>
    <message>
        <source>./&lt;images folder name&gt;-&lt;UTC time&gt;</source>
        <translation>./&lt;nom du dossier d&apos;images&gt;-&lt;heure UTC&gt;</translation>
    </message>
    <message>
        <source>Let --resume continue the run with another image folder.</source>
        <translation>Permettre à --resume de poursuivre le traitement avec un autre dossier d&apos;images.</translation>
    </message>
    <message>
        <source>Tesseract languages.</source>
        <translation>Langues de Tesseract.</translation>
    </message>
    <message>
        <source>Specimens in flight at once.</source>
        <translation>Spécimens traités en parallèle.</translation>
    </message>
    <message>
        <source>Early checkpoint after N finished specimens.</source>
        <translation>Point de contrôle initial après N spécimens terminés.</translation>
    </message>
    <message>
        <source>Minimum success rate at the checkpoint.</source>
        <translation>Taux de réussite minimal au point de contrôle.</translation>
    </message>
    <message>
        <source>Core Darwin Core fields a success needs.</source>
        <translation>Nombre de champs Darwin Core essentiels exigés pour une réussite.</translation>
    </message>
    <message>
        <source>Rolling success check every M specimens.</source>
        <translation>Vérification du taux de réussite glissant tous les M spécimens.</translation>
    </message>
    <message>
        <source>Minimum rolling success rate.</source>
        <translation>Taux de réussite glissant minimal.</translation>
    </message>
    <message>
        <source>Warn when nothing finishes for S seconds.</source>
        <translation>Avertir quand rien ne se termine pendant S secondes.</translation>
    </message>
    <message>
        <source>Longest side of the image sent to the model.</source>
        <translation>Plus grand côté de l&apos;image envoyée au modèle.</translation>
    </message>
    <message>
        <source>Seconds a model request may go without a byte.</source>
        <translation>Secondes qu&apos;une requête au modèle peut passer sans recevoir aucun octet.</translation>
    </message>
    <message>
        <source>Seconds one model request may take in all.</source>
        <translation>Secondes qu&apos;une requête au modèle peut durer au total.</translation>
    </message>
    <message>
        <source>Seconds a specimen may wait between retries in all.</source>
        <translation>Secondes qu&apos;un spécimen peut attendre au total entre les nouvelles tentatives.</translation>
    </message>
    <message>
        <source>%1 Default: %2.</source>
        <translation>%1 Par défaut&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>%1: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>%1: «&#xa0;%2&#xa0;» n&apos;est pas un nombre de %3 à %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a URL</source>
        <translation>%1: «&#xa0;%2&#xa0;» n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: «&#xa0;%2&#xa0;» n&apos;est pas l&apos;une des valeurs %3</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Open the window, prefilled from the run options (the same as &apos;run&apos;); --start starts the run at once. &apos;herbstream&apos; alone opens the window too.</source>
        <translation>Ouvrir la fenêtre, préremplie d&apos;après les options de traitement (les mêmes que pour «&#xa0;run&#xa0;»); --start lance le traitement tout de suite. «&#xa0;herbstream&#xa0;» seul ouvre aussi la fenêtre.</translation>
    </message>
    <message>
        <source>Transcribe a folder of specimen images into Darwin Core records, with live progress and early validation.</source>
        <translation>Transcrire un dossier d&apos;images de spécimens en fiches Darwin Core, avec suivi de la progression en direct et validation précoce.</translation>
    </message>
    <message>
        <source>Summary of a run from its log (a file, a pipe, or - for standard input); --follow tails a live log until the run ends.</source>
        <translation>Résumé d&apos;un traitement d&apos;après son journal (un fichier, un tube, ou - pour l&apos;entrée standard); --follow suit un journal en cours jusqu&apos;à la fin du traitement.</translation>
    </message>
    <message>
        <source>Per-field accuracy of a run&apos;s records against known answers.</source>
        <translation>Exactitude, champ par champ, des fiches d&apos;un traitement par rapport à des réponses connues.</translation>
    </message>
    <message>
        <source>Write synthetic specimen sheets with their truth.csv.</source>
        <translation>Écrire des planches d&apos;herbier synthétiques avec leur truth.csv.</translation>
    </message>
    <message>
        <source>Event-bus demonstration with a simulated source (no images, no model): a healthy run, or one that fails its early checkpoint.</source>
        <translation>Démonstration du bus d&apos;événements avec une source simulée (ni images ni modèle)&#xa0;: un traitement sain, ou un traitement qui échoue à son point de contrôle initial.</translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation>Utilisation&#xa0;:
</translation>
    </message>
    <message>
        <source>The command&apos;s arguments and every option with its default.</source>
        <translation>Les arguments de la commande et chaque option avec sa valeur par défaut.</translation>
    </message>
    <message>
        <source>Exit codes: 0 finished, 1 failed, 2 usage, 3 stopped by validation, 4 preflight or fatal
configuration error, 130 interrupted (SIGINT), 143 terminated (SIGTERM).
</source>
        <translation>Codes de sortie&#xa0;: 0 terminé, 1 échec, 2 utilisation incorrecte, 3 arrêté par la
validation, 4 échec de la vérification préalable ou erreur de configuration fatale,
130 interrompu (SIGINT), 143 terminé par un signal (SIGTERM).
</translation>
    </message>
    <message>
        <source>Usage: %1
</source>
        <translation>Utilisation&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Arguments:
</source>
        <translation>Arguments&#xa0;:
</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Options&#xa0;:
</translation>
    </message>
    <message>
        <source>herbstream %1: %2
Try &apos;herbstream %1 --help&apos;.
</source>
        <translation>herbstream %1: %2
Essayez «&#xa0;herbstream %1 --help&#xa0;».
</translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation>Le scénario.</translation>
    </message>
    <message>
        <source>Specimens.</source>
        <translation>Spécimens.</translation>
    </message>
    <message>
        <source>Simulated latency in milliseconds.</source>
        <translation>Latence simulée en millisecondes.</translation>
    </message>
    <message>
        <source>&apos;-h&apos; and &apos;--help&apos; only show the help</source>
        <translation>«&#xa0;-h&#xa0;» et «&#xa0;--help&#xa0;» affichent seulement l&apos;aide</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1: a log of the older format (the original Python tool: no run_id or seq); summarised as far as it goes
</source>
        <translation>%1: journal de l&apos;ancien format (l&apos;outil Python d&apos;origine&#xa0;: ni run_id ni seq); résumé dans la mesure du possible
</translation>
    </message>
    <message>
        <source>%1: the log was truncated or replaced; following the new log from its start
</source>
        <translation>%1: le journal a été tronqué ou remplacé; suivi du nouveau journal depuis son début
</translation>
    </message>
    <message>
        <source>The run&apos;s log, its run folder, a pipe or FIFO, or - for standard input.</source>
        <translation>Le journal du traitement, son dossier, un tube ou une FIFO, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation>Afficher le résumé sous forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <source>--follow needs a file; a pipe is read to its end without it</source>
        <translation>--follow demande un fichier; sans cette option, un tube est lu jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>Also show the warnings of Qt and Tesseract.</source>
        <translation>Afficher aussi les avertissements de Qt et de Tesseract.</translation>
    </message>
    <message>
        <source>Sheets.</source>
        <translation>Planches.</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same sheets.</source>
        <translation>Germe; le même germe donne les mêmes planches.</translation>
    </message>
    <message>
        <source>The known answers.</source>
        <translation>Les réponses connues.</translation>
    </message>
    <message>
        <source>Trust warnings that stop the run (exit 3), comma-separated, or none.</source>
        <translation>Avertissements de fiabilité qui arrêtent le traitement (code 3), séparés par des virgules, ou none.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3, or none</source>
        <translation>%1: «&#xa0;%2&#xa0;» n&apos;est pas l&apos;une des valeurs %3, ni none</translation>
    </message>
    <message>
        <source>Write every compared cell that is not an exact match (specimen, field, model value, truth, graded, kind) to this CSV file.</source>
        <translation>Écrire dans ce fichier CSV chaque cellule comparée qui ne correspond pas exactement (spécimen, champ, valeur du modèle, vérité, note, type).</translation>
    </message>
    <message>
        <source>Do not score cells whose truth is empty (values a model invents there are then not counted).</source>
        <translation>Ne pas évaluer les cellules dont la vérité est vide (les valeurs qu&apos;un modèle y invente ne sont alors pas comptées).</translation>
    </message>
    <message>
        <source>Comma-separated cell texts that mean empty, in the truth and in the answers.</source>
        <translation>Textes de cellule qui signifient «&#xa0;vide&#xa0;», dans la vérité et dans les réponses, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Comma-separated answers that are abstentions: counted apart, not scored.</source>
        <translation>Réponses qui sont des abstentions, séparées par des virgules&#xa0;: comptées à part, non évaluées.</translation>
    </message>
    <message>
        <source>Graded similarity on the text as written (case and spacing count) instead of folded.</source>
        <translation>Note de similarité sur le texte tel qu&apos;il est écrit (la casse et les espaces comptent) plutôt que normalisé.</translation>
    </message>
    <message>
        <source>Loosen matching: any of punct, space, nfc, dates, comma-separated.</source>
        <translation>Assouplir la correspondance&#xa0;: punct, space, nfc, dates, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Score truth column COLUMN as Darwin Core term TERM (repeatable).</source>
        <translation>Évaluer la colonne de vérité COLUMN comme le terme Darwin Core TERM (répétable).</translation>
    </message>
    <message>
        <source>Match truth rows to records on this term (catalogNumber, occurrenceID) instead of the image name.</source>
        <translation>Apparier les lignes de vérité aux fiches selon ce terme (catalogNumber, occurrenceID) plutôt que le nom de l&apos;image.</translation>
    </message>
    <message>
        <source>records.jsonl, an occurrence.csv or a run folder; several runs give one column each</source>
        <translation>records.jsonl, un occurrence.csv ou un dossier de traitement; plusieurs traitements donnent une colonne chacun</translation>
    </message>
    <message>
        <source>Trust checks to run (prompt, repeats, barcode, plausibility, names), comma-separated, or none; names (against GBIF) runs only when named.</source>
        <translation>Contrôles de fiabilité à exécuter (prompt, repeats, barcode, plausibility, names), séparés par des virgules, ou none; names (auprès du GBIF) ne s&apos;exécute que s&apos;il est nommé.</translation>
    </message>
    <message>
        <source>GBIF API for the names check (species match).</source>
        <translation>API du GBIF pour le contrôle des noms (species match).</translation>
    </message>
    <message>
        <source>Control sheets: known values for some images of the folder (a truth table as `score` reads it). They are sent first and again during the run, and their answers are scored.</source>
        <translation>Planches témoins&#xa0;: valeurs connues de quelques images du dossier (une table de vérité telle que `score` la lit). Elles sont envoyées en premier puis de nouveau pendant le traitement, et leurs réponses sont notées.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Send a control sheet again after every K specimens.</source>
        <translation>Renvoyer une planche témoin après chaque groupe de K spécimens.</translation>
    </message>
    <message>
        <source>Minimum share of the control sheets&apos; known core values read exactly.</source>
        <translation>Part minimale des valeurs essentielles connues des planches témoins lues exactement.</translation>
    </message>
    <message>
        <source>A second opinion: send every K-th specimen to this model as well (same endpoint and key) and warn when the two disagree on the core fields. Its tokens are counted.</source>
        <translation>Un second avis : envoyer aussi un spécimen sur K à ce modèle (même point d’accès et même clé) et avertir quand les deux divergent sur les champs principaux. Ses jetons sont comptés.</translation>
    </message>
    <message>
        <source>Send every K-th specimen to the audit model.</source>
        <translation>Envoyer un spécimen sur K au modèle d’audit.</translation>
    </message>
    <message>
        <source>Minimum share of the core fields the two models read alike over the last 20 audited specimens.</source>
        <translation>Part minimale des champs principaux lus de même par les deux modèles sur les 20 derniers spécimens audités.</translation>
    </message>
    <message>
        <source>Regenerate occurrence.csv and dwca.zip from a run&apos;s records and its reviews: corrections applied, rejected records left out.</source>
        <translation>Régénérer occurrence.csv et dwca.zip à partir des fiches d&apos;un traitement et de leur révision&#xa0;: corrections appliquées, fiches rejetées écartées.</translation>
    </message>
    <message>
        <source>Who changed what: every review decision of a run, in order.</source>
        <translation>Qui a changé quoi&#xa0;: chaque décision de révision d&apos;un traitement, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Export only the records a curator approved (and that were not extracted again since).</source>
        <translation>N&apos;exporter que les fiches approuvées par un conservateur (et non extraites de nouveau depuis).</translation>
    </message>
    <message>
        <source>Write occurrence.csv and dwca.zip to this folder.</source>
        <translation>Écrire occurrence.csv et dwca.zip dans ce dossier.</translation>
    </message>
    <message>
        <source>the run folder</source>
        <translation>le dossier du traitement</translation>
    </message>
    <message>
        <source>A run folder (records.jsonl, reviews.jsonl).</source>
        <translation>Un dossier de traitement (records.jsonl, reviews.jsonl).</translation>
    </message>
    <message>
        <source>expects RUN_FOLDER</source>
        <translation>attend RUN_FOLDER</translation>
    </message>
    <message>
        <source>herbstream export: %1
</source>
        <translation>herbstream export: %1
</translation>
    </message>
    <message>
        <source>%1 records exported to %2 (occurrence.csv, dwca.zip), %3 with corrections; %4 rejected and %5 not approved left out; %6 changed since their review.
</source>
        <translation>%1 fiches exportées dans %2 (occurrence.csv, dwca.zip), dont %3 corrigées; %4 rejetées et %5 non approuvées écartées; %6 modifiées depuis leur révision.
</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; → &apos;%3&apos;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>statut %1 → %2</translation>
    </message>
    <message>
        <source>A run folder (its reviews.jsonl).</source>
        <translation>Un dossier de traitement (son reviews.jsonl).</translation>
    </message>
    <message>
        <source>Print one JSON object per decision (JSON Lines) instead of text.</source>
        <translation>Afficher un objet JSON par décision (JSON Lines) au lieu du texte.</translation>
    </message>
    <message>
        <source>herbstream review-log: %1
</source>
        <translation>herbstream review-log: %1
</translation>
    </message>
    <message>
        <source>herbstream review-log: no review decisions yet
</source>
        <translation>herbstream review-log: aucune décision de révision pour l&apos;instant
</translation>
    </message>
    <message>
        <source>the Publication settings</source>
        <translation>les paramètres de publication</translation>
    </message>
    <message>
        <source>Licence IRI of the exports: CC0 1.0, CC BY 4.0 (the default) or CC BY-NC 4.0, the three GBIF accepts.</source>
        <translation>IRI de la licence des exportations&#xa0;: CC0 1.0, CC BY 4.0 (par défaut) ou CC BY-NC 4.0, les trois que le GBIF accepte.</translation>
    </message>
    <message>
        <source>Codes by catalogue-number prefix, used where no --institution-code is set: DAO=AAFC/DAO,WIN=WIN/WIN.</source>
        <translation>Codes selon le préfixe du numéro de catalogue, utilisés quand aucun --institution-code n&apos;est donné&#xa0;: DAO=AAFC/DAO,WIN=WIN/WIN.</translation>
    </message>
    <message>
        <source>Institution&apos;s name for eml.xml.</source>
        <translation>Nom de l&apos;établissement pour eml.xml.</translation>
    </message>
    <message>
        <source>Title of the data set (eml.xml).</source>
        <translation>Titre du jeu de données (eml.xml).</translation>
    </message>
    <message>
        <source>Description of the data set (eml.xml abstract).</source>
        <translation>Description du jeu de données (résumé d&apos;eml.xml).</translation>
    </message>
    <message>
        <source>Creator of the data set (a person).</source>
        <translation>Créateur du jeu de données (une personne).</translation>
    </message>
    <message>
        <source>Creator&apos;s organisation.</source>
        <translation>Organisme du créateur.</translation>
    </message>
    <message>
        <source>Creator&apos;s e-mail address.</source>
        <translation>Adresse électronique du créateur.</translation>
    </message>
    <message>
        <source>Metadata provider (eml.xml); empty: the creator.</source>
        <translation>Fournisseur des métadonnées (eml.xml); vide&#xa0;: le créateur.</translation>
    </message>
    <message>
        <source>Metadata provider&apos;s e-mail address.</source>
        <translation>Adresse électronique du fournisseur des métadonnées.</translation>
    </message>
    <message>
        <source>Contact (eml.xml); empty: the creator.</source>
        <translation>Personne-ressource (eml.xml); vide&#xa0;: le créateur.</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail address.</source>
        <translation>Adresse électronique de la personne-ressource.</translation>
    </message>
    <message>
        <source>kingdom of records without one (Plantae).</source>
        <translation>kingdom des fiches qui n&apos;en ont pas (Plantae).</translation>
    </message>
    <message>
        <source>Language of the data set, ISO 639-1 (en).</source>
        <translation>Langue du jeu de données, ISO 639-1 (en).</translation>
    </message>
    <message>
        <source>A Darwin Core Archive, or a run folder holding dwca.zip.</source>
        <translation>Une archive Darwin Core, ou un dossier de traitement qui contient dwca.zip.</translation>
    </message>
    <message>
        <source>expects one archive</source>
        <translation>attend une seule archive</translation>
    </message>
    <message>
        <source>herbstream check-archive: %1: no such file
</source>
        <translation>herbstream check-archive: %1: fichier introuvable
</translation>
    </message>
    <message>
        <source>The checks GBIF&apos;s validator makes on a Darwin Core Archive, with its words and counts; exit 1 when GBIF would refuse it.</source>
        <translation>Les contrôles que le validateur du GBIF fait sur une archive Darwin Core, avec ses termes et ses décomptes; code 1 si le GBIF la refuserait.</translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message>
        <source> %1/%2  ok %3  failed %4  %5/min</source>
        <translation> %1/%2  réussis %3  échecs %4  %5/min</translation>
    </message>
    <message>
        <source>  ETA </source>
        <translation>  reste </translation>
    </message>
    <message numerus="yes">
        <source>Run %1, session %2: %n specimens to process (%3 in the folder)</source>
        <translation>
            <numerusform>Traitement %1, session %2&#xa0;: %n spécimen à traiter (%3 dans le dossier)</numerusform>
            <numerusform>Traitement %1, session %2&#xa0;: %n spécimens à traiter (%3 dans le dossier)</numerusform>
        </translation>
    </message>
    <message>
        <source>
  engine %1</source>
        <translation>
  moteur %1</translation>
    </message>
    <message>
        <source>, model %1</source>
        <translation>, modèle %1</translation>
    </message>
    <message>
        <source>
  prompt %1 (sha256 %2)</source>
        <translation>
  invite %1 (sha256 %2)</translation>
    </message>
    <message>
        <source>%1 ok      %2  %3 fields  %4 s</source>
        <translation>%1 réussi  %2  %3 champs  %4 s</translation>
    </message>
    <message>
        <source>%1 FAILED  %2  %3</source>
        <translation>%1 ÉCHEC   %2  %3</translation>
    </message>
    <message>
        <source>skipped  %1  (%2)</source>
        <translation>ignoré   %1  (%2)</translation>
    </message>
    <message>
        <source>Checkpoint passed: %1 of %2 specimens succeeded (%3, threshold %4)</source>
        <translation>Point de contrôle franchi&#xa0;: %1 spécimens réussis sur %2 (%3, seuil %4)</translation>
    </message>
    <message>
        <source>Checkpoint FAILED: %1 of %2 specimens succeeded (%3, threshold %4)</source>
        <translation>Point de contrôle ÉCHOUÉ&#xa0;: %1 spécimens réussis sur %2 (%3, seuil %4)</translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation>Avertissement (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Finished session %1 in %2: %3 processed, %4 succeeded (%5)</source>
        <translation>Session %1 terminée en %2&#xa0;: %3 traités, %4 réussis (%5)</translation>
    </message>
    <message>
        <source>STOPPED (%1): %2</source>
        <translation>ARRÊTÉ (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Internal: consumer %1 failed: %2</source>
        <translation>Erreur interne&#xa0;: le consommateur %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <source>still running, or ended without closing its log</source>
        <translation>toujours en cours, ou terminé sans fermer son journal</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1: %2
</source>
        <translation>Traitement %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Engine:      %1 %2
</source>
        <translation>Moteur&#xa0;:            %1 %2
</translation>
    </message>
    <message>
        <source>Prompt:      %1 (sha256 %2)
</source>
        <translation>Invite&#xa0;:            %1 (sha256 %2)
</translation>
    </message>
    <message>
        <source>Time:        %1 to %2 (UTC)
</source>
        <translation>Période&#xa0;:           de %1 à %2 (UTC)
</translation>
    </message>
    <message>
        <source>Sessions:    %1   Events: %2
</source>
        <translation>Sessions&#xa0;:          %1   Événements&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Specimens:   %1 processed, %2 succeeded, %3 failed (success %4), %5 skipped
</source>
        <translation>Spécimens&#xa0;:         %1 traités, %2 réussis, %3 en échec (réussite %4), %5 ignorés
</translation>
    </message>
    <message>
        <source>Latency:     median %1 s, p95 %2 s (last session)
</source>
        <translation>Latence&#xa0;:           médiane %1 s, p95 %2 s (dernière session)
</translation>
    </message>
    <message>
        <source>Tokens:      %1 prompt, %2 completion, cost %3
</source>
        <translation>Jetons&#xa0;:            %1 d&apos;invite, %2 de réponse, coût %3
</translation>
    </message>
    <message>
        <source>Checkpoint:  passed, %1 of %2 succeeded (%3, threshold %4)
</source>
        <translation>Point de contrôle&#xa0;: franchi, %1 réussis sur %2 (%3, seuil %4)
</translation>
    </message>
    <message>
        <source>Checkpoint:  FAILED, %1 of %2 succeeded (%3, threshold %4)
</source>
        <translation>Point de contrôle&#xa0;: ÉCHOUÉ, %1 réussis sur %2 (%3, seuil %4)
</translation>
    </message>
    <message>
        <source>Checkpoint:  not reached
</source>
        <translation>Point de contrôle&#xa0;: non atteint
</translation>
    </message>
    <message>
        <source>Warnings:    %1
</source>
        <translation>Avertissements&#xa0;:    %1
</translation>
    </message>
    <message>
        <source>Events by type:
</source>
        <translation>Événements par type&#xa0;:
</translation>
    </message>
    <message>
        <source>First errors:
</source>
        <translation>Premières erreurs&#xa0;:
</translation>
    </message>
    <message>
        <source>Flagged:     %1 records (records.jsonl &quot;flags&quot;): review them
</source>
        <translation>Signalées&#xa0;:  %1 fiches (records.jsonl «&#xa0;flags&#xa0;»)&#xa0;: à vérifier
</translation>
    </message>
    <message>
        <source>Control sheets passed: %1 of %2 known values read exactly on %3 controls (%4, threshold %5)</source>
        <translation>Planches témoins réussies&#xa0;: %1 valeurs connues sur %2 lues exactement sur %3 témoins (%4, seuil %5)</translation>
    </message>
    <message>
        <source>Control sheets FAILED: %1 of %2 known values read exactly on %3 controls (%4, threshold %5)</source>
        <translation>Planches témoins ÉCHOUÉES&#xa0;: %1 valeurs connues sur %2 lues exactement sur %3 témoins (%4, seuil %5)</translation>
    </message>
    <message>
        <source>Control %1 (sent again): %2 of %3 known values exact</source>
        <translation>Témoin %1 (renvoyé)&#xa0;: %2 valeurs connues sur %3 exactes</translation>
    </message>
    <message>
        <source>Control %1: %2 of %3 known values exact</source>
        <translation>Témoin %1&#xa0;: %2 valeurs connues sur %3 exactes</translation>
    </message>
    <message>
        <source>Audit %1 by %2: not compared (%3)</source>
        <translation>Audit %1 par %2 : non comparé (%3)</translation>
    </message>
    <message>
        <source>Audit %1 by %2: %3 of %4 core fields agree</source>
        <translation>Audit %1 par %2 : %3 champs principaux sur %4 concordent</translation>
    </message>
</context>
<context>
    <name>ControlAnswerLog</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ControlCheck</name>
    <message>
        <source>Control sheet %1, sent again, was read wrongly: %2 of %3 known values exact (%4, below %5). The model may be answering with records of other sheets.</source>
        <translation>La planche témoin %1, renvoyée, a été mal lue&#xa0;: %2 valeurs connues sur %3 exactes (%4, sous %5). Le modèle répond peut-être avec les fiches d&apos;autres planches.</translation>
    </message>
    <message>
        <source>The control sheets were read wrongly: %1 of %2 known values exact on %3 controls (%4, below the %5 threshold). Check the prompt and the model.</source>
        <translation>Les planches témoins ont été mal lues&#xa0;: %1 valeurs connues sur %2 exactes sur %3 témoins (%4, sous le seuil de %5). Vérifiez le prompt et le modèle.</translation>
    </message>
</context>
<context>
    <name>ControlSheets</name>
    <message>
        <source>Control sheets %1: %2</source>
        <translation>Planches témoins %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Control sheets %1: the file is empty; it needs a header row (specimen, then Darwin Core terms) and one row per control sheet</source>
        <translation>Planches témoins %1&#xa0;: le fichier est vide ; il lui faut une ligne d&apos;en-tête (spécimen, puis termes Darwin Core) et une ligne par planche témoin</translation>
    </message>
    <message>
        <source>Control sheets %1, row 1 (the header), column %2: &apos;%3&apos; is not a Darwin Core term</source>
        <translation>Planches témoins %1, ligne 1 (l&apos;en-tête), colonne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un terme Darwin Core</translation>
    </message>
    <message>
        <source>Control sheets %1: the file has a header and no control sheet</source>
        <translation>Planches témoins %1&#xa0;: le fichier a un en-tête et aucune planche témoin</translation>
    </message>
    <message>
        <source>Control sheets %1, row %2: no image is named</source>
        <translation>Planches témoins %1, ligne %2&#xa0;: aucune image n&apos;est nommée</translation>
    </message>
    <message>
        <source>Control sheets %1, row %2: &apos;%3&apos; names %4 images of the folder; give its path in the folder</source>
        <translation>Planches témoins %1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» désigne %4 images du dossier ; donnez son chemin dans le dossier</translation>
    </message>
    <message>
        <source>Control sheets %1, row %2: &apos;%3&apos; is not an image of the folder</source>
        <translation>Planches témoins %1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une image du dossier</translation>
    </message>
    <message>
        <source>Control sheets %1, row %2: %3 is already a control sheet (row %4)</source>
        <translation>Planches témoins %1, ligne %2&#xa0;: %3 est déjà une planche témoin (ligne %4)</translation>
    </message>
    <message>
        <source>Control sheets %1, row %2: no known value for the core fields (%3), the only ones scored</source>
        <translation>Planches témoins %1, ligne %2&#xa0;: aucune valeur connue pour les champs essentiels (%3), les seuls notés</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>in use by another writer (%1, process %2 on %3)</source>
        <translation>utilisé par un autre programme (%1, processus %2 sur %3)</translation>
    </message>
    <message>
        <source>cannot create the lock file (is the folder writable?)</source>
        <translation>impossible de créer le fichier de verrou (peut-on écrire dans le dossier?)</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>%1 must be a decimal number of degrees such as 45.4215 (no °, no N, S, E or W: south and west are negative)</source>
        <translation>%1 doit être un nombre décimal de degrés comme 45.4215 (sans °, sans N, S, E ni W : le sud et l’ouest sont négatifs)</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3</source>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>eventDate must be ISO 8601: 1955-06-19, 1955-06, 1955 or 1955-06-19/1955-06-21 (the label&apos;s words go in verbatimEventDate)</source>
        <translation>eventDate doit suivre ISO 8601 : 1955-06-19, 1955-06, 1955 ou 1955-06-19/1955-06-21 (les mots de l’étiquette vont dans verbatimEventDate)</translation>
    </message>
    <message>
        <source>countryCode must be a two-letter ISO 3166-1 code such as CA or FR</source>
        <translation>countryCode doit être un code ISO 3166-1 de deux lettres comme CA ou FR</translation>
    </message>
    <message>
        <source>%1 must be a number of metres, without the unit</source>
        <translation>%1 doit être un nombre de mètres, sans l’unité</translation>
    </message>
    <message>
        <source>coordinateUncertaintyInMeters must be greater than 0</source>
        <translation>coordinateUncertaintyInMeters doit être supérieur à 0</translation>
    </message>
    <message>
        <source>individualCount must be a whole number</source>
        <translation>individualCount doit être un nombre entier</translation>
    </message>
    <message>
        <source>The term is spelt %1</source>
        <translation>Le terme s’écrit %1</translation>
    </message>
    <message>
        <source>%1 is not a Darwin Core term of the Occurrence core</source>
        <translation>%1 n’est pas un terme Darwin Core du noyau Occurrence</translation>
    </message>
</context>
<context>
    <name>GbifNameMatcher</name>
    <message>
        <source>GBIF&apos;s answer is no species match</source>
        <translation>La réponse du GBIF n&apos;est pas une correspondance d&apos;espèce</translation>
    </message>
    <message>
        <source>GBIF did not answer within %1 s</source>
        <translation>Le GBIF n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>GBIF cannot be reached (%1): scientific names are not checked against it in this session</source>
        <translation>Le GBIF est injoignable (%1)&#xa0;: les noms scientifiques ne sont pas vérifiés auprès de lui pendant cette session</translation>
    </message>
</context>
<context>
    <name>ImageDiscovery</name>
    <message>
        <source>a broken link: its target does not exist</source>
        <translation>un lien brisé&#xa0;: sa cible n&apos;existe pas</translation>
    </message>
    <message>
        <source>not a regular file (a FIFO, socket or device)</source>
        <translation>pas un fichier ordinaire (une FIFO, un socket ou un périphérique)</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8, so it cannot be opened; rename the file (or folder) to process it</source>
        <translation>le nom n&apos;est pas de l&apos;UTF-8 valide, il ne peut donc pas être ouvert; renommez le fichier (ou le dossier) pour le traiter</translation>
    </message>
    <message>
        <source>a link to a folder outside the image folder (%1): not followed</source>
        <translation>un lien vers un dossier situé hors du dossier d&apos;images (%1)&#xa0;: non suivi</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The built-in prompt will be used.</source>
        <translation>L&apos;invite intégrée sera utilisée.</translation>
    </message>
    <message>
        <source>The prompt %1 is readable.</source>
        <translation>L&apos;invite %1 est lisible.</translation>
    </message>
    <message>
        <source>No image folder is chosen.</source>
        <translation>Aucun dossier d&apos;images n&apos;est choisi.</translation>
    </message>
    <message>
        <source>The image folder %1 has no images (jpg, jpeg, png, tif, tiff, webp).</source>
        <translation>Le dossier d&apos;images %1 ne contient aucune image (jpg, jpeg, png, tif, tiff, webp).</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) found.</source>
        <translation>
            <numerusform>%n image trouvée.</numerusform>
            <numerusform>%n images trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not processed: %2</source>
        <translation>%1: non traité&#xa0;: %2</translation>
    </message>
    <message>
        <source>… and %1 more files not processed (see specimen.skipped in the event log)</source>
        <translation>… et %1 autres fichiers non traités (voir specimen.skipped dans le journal des événements)</translation>
    </message>
    <message>
        <source>%1: folder could not be read; its images are left out</source>
        <translation>%1: dossier illisible; ses images sont laissées de côté</translation>
    </message>
    <message>
        <source>A new run folder will be made beside the image folder.</source>
        <translation>Un nouveau dossier de traitement sera créé à côté du dossier d&apos;images.</translation>
    </message>
    <message>
        <source>The run folder %1 is not empty.</source>
        <translation>Le dossier du traitement %1 n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>%1: this run folder holds the run of the images in %2, not %3; resuming it with another folder would mix two sets in one export. Resume with the same folder, or add --allow-folder-change if the images moved</source>
        <translation>%1: ce dossier contient le traitement des images de %2, et non de %3; le reprendre avec un autre dossier mélangerait deux ensembles dans une même exportation. Reprenez-le avec le même dossier, ou ajoutez --allow-folder-change si les images ont été déplacées</translation>
    </message>
    <message>
        <source>%1: cannot create the run folder: %2</source>
        <translation>%1: impossible de créer le dossier du traitement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Herbstream cannot write in %1: %2</source>
        <translation>Herbstream ne peut pas écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only %1 MB are free for the run folder %2; at least %3 MB are needed.</source>
        <translation>Seulement %1 Mo libres pour le dossier du traitement %2; il en faut au moins %3 Mo.</translation>
    </message>
    <message>
        <source>The run folder %1 can be written.</source>
        <translation>Herbstream peut écrire dans le dossier du traitement %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n control sheet(s) with known values.</source>
        <translation>
            <numerusform>%n planche témoin aux valeurs connues.</numerusform>
            <numerusform>%n planches témoins aux valeurs connues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exports are published under %1.</source>
        <translation>Les exportations sont publiées sous %1.</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>%1: cannot read the prompt: %2</source>
        <translation>%1: impossible de lire l&apos;invite&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the prompt is not UTF-8 text</source>
        <translation>%1: l&apos;invite n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1: the prompt is empty</source>
        <translation>%1: l&apos;invite est vide</translation>
    </message>
    <message>
        <source>the prompt never asks for JSON: the model may answer prose</source>
        <translation>l&apos;invite ne demande jamais de JSON&#xa0;: le modèle risque de répondre en texte libre</translation>
    </message>
    <message>
        <source>the prompt names %1 of the 7 core Darwin Core terms (catalogNumber, scientificName, eventDate, recordedBy, recordNumber, locality, habitat)</source>
        <translation>l&apos;invite nomme %1 des 7 termes Darwin Core essentiels (catalogNumber, scientificName, eventDate, recordedBy, recordNumber, locality, habitat)</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>No licence is set: GBIF refuses a data set without one. Choose CC0 1.0, CC BY 4.0 or CC BY-NC 4.0 in the Publication settings (--license).</source>
        <translation>Aucune licence n&apos;est définie&#xa0;: le GBIF refuse un jeu de données sans licence. Choisissez CC0 1.0, CC BY 4.0 ou CC BY-NC 4.0 dans les paramètres de publication (--license).</translation>
    </message>
    <message>
        <source>The licence &apos;%1&apos; is not one GBIF accepts: choose CC0 1.0, CC BY 4.0 or CC BY-NC 4.0 in the Publication settings (--license).</source>
        <translation>La licence «&#xa0;%1&#xa0;» n&apos;est pas acceptée par le GBIF&#xa0;: choisissez CC0 1.0, CC BY 4.0 ou CC BY-NC 4.0 dans les paramètres de publication (--license).</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (export refused until the line is repaired or removed)</source>
        <translation>%1 (exportation refusée tant que la ligne n&apos;est pas réparée ou retirée)</translation>
    </message>
    <message>
        <source>no such file (not a run folder?)</source>
        <translation>fichier introuvable (pas un dossier de traitement?)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>no specimen_id</source>
        <translation>aucun specimen_id</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; → &apos;%2&apos;</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>status is not an object</source>
        <translation>status n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>neither a field nor a status change</source>
        <translation>ni un champ ni un changement de statut</translation>
    </message>
    <message>
        <source>no valid timestamp</source>
        <translation>aucun horodatage valide</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>%1: no such run folder</source>
        <translation>%1 : dossier d’exécution introuvable</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Ouvert en lecture seule : %1</translation>
    </message>
    <message>
        <source>Opened read-only: %1. Correct or remove that line (a copy of the file first) before reviewing or exporting; no correction is dropped silently.</source>
        <translation>Ouvert en lecture seule : %1. Corrigez ou retirez cette ligne (après une copie du fichier) avant de réviser ou d’exporter ; aucune correction n’est abandonnée en silence.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
</context>
<context>
    <name>RunSetup</name>
    <message>
        <source>Image folder %1 does not exist</source>
        <translation>Le dossier d&apos;images %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Image folder %1 cannot be read (permission denied)</source>
        <translation>Le dossier d&apos;images %1 est illisible (permission refusée)</translation>
    </message>
    <message>
        <source>Continue it with --resume or choose another --out.</source>
        <translation>Poursuivez-le avec --resume ou choisissez un autre --out.</translation>
    </message>
    <message>
        <source>The search for images of %1 was stopped</source>
        <translation>La recherche des images de %1 a été arrêtée</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>unterminated quoted field starting on line %1</source>
        <translation>champ entre guillemets non terminé à partir de la ligne %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>truth table has no header row</source>
        <translation>la table de vérité n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) are not JSON records and were skipped</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne n&apos;est pas une fiche JSON et a été ignorée</numerusform>
            <numerusform>%1&#xa0;: %n lignes ne sont pas des fiches JSON et ont été ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have an occurrenceID no record beside it has: not scored</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne a un occurrenceID qu&apos;aucune fiche à côté n&apos;a&#xa0;: non évaluée</numerusform>
            <numerusform>%1&#xa0;: %n lignes ont un occurrenceID qu&apos;aucune fiche à côté n&apos;a&#xa0;: non évaluées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no records.jsonl beside it and no image name column (file, file_name, filename or image): give --key catalogNumber or --key occurrenceID to match its rows to the truth</source>
        <translation>%1&#xa0;: aucun records.jsonl à côté et aucune colonne de nom d&apos;image (file, file_name, filename ou image)&#xa0;: donnez --key catalogNumber ou --key occurrenceID pour apparier ses lignes à la vérité</translation>
    </message>
    <message>
        <source>no record has a value for %1: every truth value of it is a miss</source>
        <translation>aucune fiche n&apos;a de valeur pour %1&#xa0;: chacune de ses valeurs de vérité est un échec</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) are not Darwin Core terms and no record has them, so they are not scored (--map COLUMN=TERM names their term): %1</source>
        <translation>
            <numerusform>%n colonne n&apos;est pas un terme Darwin Core et aucune fiche ne l&apos;a&#xa0;: elle n&apos;est pas évaluée (--map COLONNE=TERME donne son terme)&#xa0;: %1</numerusform>
            <numerusform>%n colonnes ne sont pas des termes Darwin Core et aucune fiche ne les a&#xa0;: elles ne sont pas évaluées (--map COLONNE=TERME donne leur terme)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--key %1: the truth table has no such column</source>
        <translation>--key %1&#xa0;: la table de vérité n&apos;a pas cette colonne</translation>
    </message>
    <message numerus="yes">
        <source>%n truth row(s) match several records and are scored as having none: %1</source>
        <translation>
            <numerusform>%n ligne de vérité correspond à plusieurs fiches et est évaluée comme n&apos;en ayant aucune&#xa0;: %1</numerusform>
            <numerusform>%n lignes de vérité correspondent à plusieurs fiches et sont évaluées comme n&apos;en ayant aucune&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match no truth row and are not scored</source>
        <translation>
            <numerusform>%n fiche ne correspond à aucune ligne de vérité et n&apos;est pas évaluée</numerusform>
            <numerusform>%n fiches ne correspondent à aucune ligne de vérité et ne sont pas évaluées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n specimen(s) (%1 with no successful record)
</source>
        <translation>
            <numerusform>%n spécimen évalué (%1 sans fiche réussie)
</numerusform>
            <numerusform>%n spécimens évalués (%1 sans fiche réussie)
</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>field</source>
        <comment>score table heading</comment>
        <translation>champ</translation>
    </message>
    <message>
        <source>compared</source>
        <comment>score table heading</comment>
        <translation>comparés</translation>
    </message>
    <message>
        <source>exact</source>
        <comment>score table heading</comment>
        <translation>exacts</translation>
    </message>
    <message>
        <source>graded</source>
        <comment>score table heading</comment>
        <translation>note</translation>
    </message>
    <message>
        <source>invented</source>
        <comment>score table heading</comment>
        <translation>inventés</translation>
    </message>
    <message>
        <source>abstained</source>
        <comment>score table heading</comment>
        <translation>abstenus</translation>
    </message>
    <message>
        <source>agree</source>
        <comment>score table heading</comment>
        <translation>accord</translation>
    </message>
    <message>
        <source>overall (per cell)</source>
        <comment>score table row</comment>
        <translation>ensemble (par cellule)</translation>
    </message>
    <message>
        <source>mean of fields</source>
        <comment>score table row</comment>
        <translation>moyenne des champs</translation>
    </message>
    <message>
        <source>unknown normalization %1 (known: punct, space, nfc, dates)</source>
        <translation>normalisation inconnue&#xa0;: %1 (connues&#xa0;: punct, space, nfc, dates)</translation>
    </message>
    <message>
        <source>--map expects truthColumn=dwcTerm, not %1</source>
        <translation>--map attend colonneVérité=termeDwc, pas %1</translation>
    </message>
    <message>
        <source>the truth table is not UTF-8: read as Latin-1 (ISO 8859-1)</source>
        <translation>la table de vérité n&apos;est pas en UTF-8&#xa0;: lue en Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>the truth table has two columns named %1</source>
        <translation>la table de vérité a deux colonnes nommées %1</translation>
    </message>
    <message>
        <source>the truth table has no specimen rows</source>
        <translation>la table de vérité n&apos;a aucune ligne de spécimen</translation>
    </message>
    <message numerus="yes">
        <source>%n truth row(s) repeat a specimen id already listed: only the first row of each id is scored</source>
        <translation>
            <numerusform>%n ligne de vérité répète un identifiant de spécimen déjà présent&#xa0;: seule la première ligne de chaque identifiant est évaluée</numerusform>
            <numerusform>%n lignes de vérité répètent un identifiant de spécimen déjà présent&#xa0;: seule la première ligne de chaque identifiant est évaluée</numerusform>
        </translation>
    </message>
    <message>
        <source>truth columns %1 and %2 are both scored as %3</source>
        <translation>les colonnes de vérité %1 et %2 sont toutes deux évaluées comme %3</translation>
    </message>
</context>
<context>
    <name>UnknownNamesCheck</name>
    <message>
        <source>%1 of the last %2 scientific names are unknown to GBIF: the model may be inventing names or misreading them badly.</source>
        <translation>%1 des %2 derniers noms scientifiques sont inconnus du GBIF&#xa0;: le modèle invente peut-être des noms ou les lit très mal.</translation>
    </message>
</context>
<context>
    <name>herb::AboutDialog</name>
    <message>
        <source>About Herbstream</source>
        <translation>À propos de Herbstream</translation>
    </message>
    <message>
        <source>Herbstream icon</source>
        <translation>Icône de Herbstream</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Herbstream %1&lt;/h2&gt;&lt;p&gt;Darwin Core records from herbarium sheet images, with live run monitoring.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Herbstream %1&lt;/h2&gt;&lt;p&gt;Fiches Darwin Core tirées d&apos;images de planches d&apos;herbier, avec suivi des traitements en direct.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 the Herbstream authors.&lt;/p&gt;&lt;p&gt;Herbstream is free software under the MIT licence: you may use, copy, modify and distribute it, provided the copyright notice and the licence are kept. It comes with no warranty.&lt;/p&gt;&lt;p&gt;The program as distributed links Qt Charts, which is under the GNU GPL version 3, so the combined program is distributed under the GPL 3 terms as well.&lt;/p&gt;&lt;p&gt;The licence and the third-party notices are installed with the program (LICENSE and THIRD-PARTY-NOTICES).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © 2026 les auteurs de Herbstream.&lt;/p&gt;&lt;p&gt;Herbstream est un logiciel libre sous licence MIT&#xa0;: vous pouvez l&apos;utiliser, le copier, le modifier et le distribuer, à condition de conserver l&apos;avis de droit d&apos;auteur et la licence. Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Le programme tel qu&apos;il est distribué est lié à Qt Charts, qui est sous licence GNU GPL version 3; le programme combiné est donc aussi distribué selon les conditions de la GPL 3.&lt;/p&gt;&lt;p&gt;La licence et les avis relatifs aux composants tiers sont installés avec le programme (LICENSE et THIRD-PARTY-NOTICES).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Composants tiers</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Settings&lt;/b&gt; (folders, engine, model; never the API key):&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run logs&lt;/b&gt;: every run writes &lt;tt&gt;events.jsonl&lt;/tt&gt;, &lt;tt&gt;records.jsonl&lt;/tt&gt; and &lt;tt&gt;run.json&lt;/tt&gt; in its output folder. Open a run&apos;s &lt;tt&gt;events.jsonl&lt;/tt&gt; with File &amp;gt; Open Run… to watch or replay it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Paramètres&lt;/b&gt; (dossiers, moteur, modèle; jamais la clé d&apos;API)&#xa0;:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Journaux des traitements&lt;/b&gt;&#xa0;: chaque traitement écrit &lt;tt&gt;events.jsonl&lt;/tt&gt;, &lt;tt&gt;records.jsonl&lt;/tt&gt; et &lt;tt&gt;run.json&lt;/tt&gt; dans son dossier de sortie. Ouvrez le fichier &lt;tt&gt;events.jsonl&lt;/tt&gt; d&apos;un traitement avec Fichier &amp;gt; Ouvrir un traitement… pour le suivre ou le rejouer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Composants</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
</context>
<context>
    <name>herb::AdvancedSettingsBox</name>
    <message>
        <source>Advanced settings</source>
        <translation>Réglages avancés</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Ré&amp;glages avancés</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les réglages avancés</translation>
    </message>
    <message>
        <source>Show or hide the validation thresholds and engine limits</source>
        <translation>Afficher ou masquer les seuils de validation et les limites du moteur</translation>
    </message>
</context>
<context>
    <name>herb::ApiKeyField</name>
    <message>
        <source>Forget the stored key</source>
        <translation>Oublier la clé enregistrée</translation>
    </message>
    <message>
        <source>Clear the key and remove it from the keychain</source>
        <translation>Effacer la clé et la retirer du trousseau</translation>
    </message>
    <message>
        <source>API key storage</source>
        <translation>Conservation de la clé d&apos;API</translation>
    </message>
    <message>
        <source>No keychain available: the API key is kept until Herbstream closes.</source>
        <translation>Aucun trousseau disponible&#xa0;: la clé d&apos;API est conservée jusqu&apos;à la fermeture de Herbstream.</translation>
    </message>
    <message>
        <source>Kept until Herbstream closes</source>
        <translation>Conservée jusqu&apos;à la fermeture de Herbstream</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Conservée dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>herb::ArchiveCheckBanner</name>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; %1 more</source>
        <translation> ; %1 de plus</translation>
    </message>
    <message>
        <source>Archive check</source>
        <translation>Vérification de l’archive</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss the archive check</source>
        <translation>Fermer la vérification de l’archive</translation>
    </message>
    <message>
        <source>GBIF would refuse dwca.zip: %1. Correct the publication settings or the records, then export again.</source>
        <translation>GBIF refuserait dwca.zip : %1. Corrigez les réglages de publication ou les enregistrements, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>GBIF would accept dwca.zip (%1) and flag: %2.</source>
        <translation>GBIF accepterait dwca.zip (%1) en signalant : %2.</translation>
    </message>
    <message>
        <source>dwca.zip passes GBIF&apos;s checks: %1, nothing refused, no warning.</source>
        <translation>dwca.zip passe les vérifications de GBIF : %1, aucun refus, aucun avertissement.</translation>
    </message>
</context>
<context>
    <name>herb::ChatCompletionClient</name>
    <message>
        <source>no complete answer within %1 s (the limit for one attempt; the server was still sending)</source>
        <translation>aucune réponse complète en %1 s (la limite d&apos;une tentative; le serveur envoyait encore)</translation>
    </message>
    <message>
        <source>the server asked to wait (HTTP %1, Retry-After %2 s)</source>
        <translation>le serveur a demandé d&apos;attendre (HTTP %1, Retry-After %2 s)</translation>
    </message>
    <message>
        <source>retrying after %1</source>
        <translation>nouvelle tentative après %1</translation>
    </message>
    <message>
        <source>; not retried: waiting %1 s more would pass the limit of %2 s of waiting per specimen (a --resume tries it again)</source>
        <translation>; pas de nouvelle tentative&#xa0;: attendre %1 s de plus dépasserait la limite de %2 s d&apos;attente par spécimen (une reprise avec --resume le tentera de nouveau)</translation>
    </message>
</context>
<context>
    <name>herb::DashboardCharts</name>
    <message>
        <source>Cumulative</source>
        <translation>Cumulatif</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Glissant</translation>
    </message>
    <message>
        <source>Checkpoint threshold</source>
        <translation>Seuil du point de contrôle</translation>
    </message>
    <message>
        <source>Monitor threshold</source>
        <translation>Seuil de surveillance</translation>
    </message>
    <message>
        <source>Specimens</source>
        <translation>Spécimens</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Couverture (%)</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Specimens finished</source>
        <translation>Spécimens terminés</translation>
    </message>
    <message>
        <source>Latency distribution</source>
        <translation>Distribution des latences</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Field coverage (successful specimens)</source>
        <translation>Couverture des champs (spécimens réussis)</translation>
    </message>
    <message>
        <source>Success rate chart</source>
        <translation>Graphique du taux de réussite</translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation>Graphique des latences</translation>
    </message>
    <message>
        <source>Field coverage chart</source>
        <translation>Graphique de la couverture des champs</translation>
    </message>
    <message>
        <source>Specimens per minute</source>
        <translation>Spécimens par minute</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Minutes since start</source>
        <translation>Minutes depuis le début</translation>
    </message>
    <message>
        <source>Specimens / min</source>
        <translation>Spécimens / min</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Graphique du débit</translation>
    </message>
</context>
<context>
    <name>herb::EngineCheck</name>
    <message>
        <source>The server did not answer: %1</source>
        <translation>Le serveur n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server cannot check the API key; the first specimens of the run will.</source>
        <translation>Le serveur ne peut pas vérifier la clé d&apos;API; les premiers spécimens du traitement le feront.</translation>
    </message>
    <message>
        <source>The server accepted the API key.</source>
        <translation>Le serveur a accepté la clé d&apos;API.</translation>
    </message>
    <message>
        <source>The API key was refused: %1</source>
        <translation>La clé d&apos;API a été refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server cannot list its models; the first specimens of the run will check %1.</source>
        <translation>Le serveur ne peut pas lister ses modèles; les premiers spécimens du traitement vérifieront %1.</translation>
    </message>
    <message>
        <source>The model %1 is available.</source>
        <translation>Le modèle %1 est disponible.</translation>
    </message>
    <message>
        <source>The server has no model %1.</source>
        <translation>Le serveur n&apos;a pas de modèle %1.</translation>
    </message>
    <message>
        <source>The server has no model %1; did you mean %2?</source>
        <translation>Le serveur n&apos;a pas de modèle %1; vouliez-vous dire %2?</translation>
    </message>
    <message>
        <source>Tesseract starts with its language data.</source>
        <translation>Tesseract démarre avec ses données de langue.</translation>
    </message>
</context>
<context>
    <name>herb::EventLogModel</name>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Spécimen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>herb::EventLogView</name>
    <message>
        <source>&amp;Follow new events</source>
        <translation>&amp;Suivre les nouveaux événements</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation>Filtre par type d&apos;événement</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Search specimen or details</source>
        <translation>Rechercher un spécimen ou des détails</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Rechercher dans les événements</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Suivre les nouveaux événements</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
</context>
<context>
    <name>herb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Herbstream starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Herbstream.</translation>
    </message>
</context>
<context>
    <name>herb::MainWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Arrêt&amp;er</translation>
    </message>
    <message>
        <source>Herbstream</source>
        <translation>Herbstream</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Démarrer le traitement</translation>
    </message>
    <message>
        <source>Start the run (Ctrl+R)</source>
        <translation>Démarrer le traitement (Ctrl+R)</translation>
    </message>
    <message>
        <source>Stop run</source>
        <translation>Arrêter le traitement</translation>
    </message>
    <message>
        <source>Stop the run (Ctrl+.)</source>
        <translation>Arrêter le traitement (Ctrl+.)</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>État du traitement</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>Run views</source>
        <translation>Vues du traitement</translation>
    </message>
    <message>
        <source>Drop a folder of images, a prompt file or an events.jsonl on the window.</source>
        <translation>Déposez un dossier d&apos;images, un fichier d&apos;invite ou un events.jsonl sur la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Run…</source>
        <translation>&amp;Ouvrir un traitement…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Choose a folder with specimen images first.</source>
        <translation>Choisissez d&apos;abord un dossier d&apos;images de spécimens.</translation>
    </message>
    <message>
        <source>Running into %1</source>
        <translation>Traitement en cours dans %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Stop the current run before opening another.</source>
        <translation>Arrêtez le traitement en cours avant d&apos;en ouvrir un autre.</translation>
    </message>
    <message>
        <source>%1 is not an event log.</source>
        <translation>%1 n&apos;est pas un journal des événements.</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Suivi de %1</translation>
    </message>
    <message>
        <source>Run finished: %1 specimens processed.</source>
        <translation>Traitement terminé&#xa0;: %1 spécimens traités.</translation>
    </message>
    <message>
        <source>Run stopped on request.</source>
        <translation>Traitement arrêté à la demande.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Ouvrir un traitement</translation>
    </message>
    <message>
        <source>Event logs (events.jsonl *.jsonl)</source>
        <translation>Journaux des événements (events.jsonl *.jsonl)</translation>
    </message>
    <message>
        <source>The run setup cannot change while a run is going.</source>
        <translation>La configuration ne peut pas changer pendant un traitement.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>R&amp;eprendre</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Reprendre le traitement</translation>
    </message>
    <message>
        <source>Continue the stopped run in its folder: finished specimens are skipped (Ctrl+Shift+R)</source>
        <translation>Poursuivre le traitement arrêté dans son dossier&#xa0;: les spécimens terminés sont ignorés (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Spe&amp;cimens</source>
        <translation>&amp;Spécimens</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Herbstream…</source>
        <translation>À &amp;propos de Herbstream…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Recent &amp;Runs</source>
        <translation>Traitements &amp;récents</translation>
    </message>
    <message>
        <source>Res&amp;ume Run</source>
        <translation>Re&amp;prendre le traitement</translation>
    </message>
    <message>
        <source>Open Output &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier de sortie</translation>
    </message>
    <message>
        <source>Herbstream: the run needs a look</source>
        <translation>Herbstream&#xa0;: le traitement demande votre attention</translation>
    </message>
    <message>
        <source>The images of the folder are still being counted.</source>
        <translation>Les images du dossier sont encore en cours de décompte.</translation>
    </message>
    <message>
        <source>Compare with &amp;Truth…</source>
        <translation>Comparer à la &amp;vérité…</translation>
    </message>
    <message>
        <source>Truth Table</source>
        <translation>Table de vérité</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>&amp;Publication…</source>
        <translation>&amp;Publication…</translation>
    </message>
    <message>
        <source>&amp;Reviewer Name…</source>
        <translation>Nom du &amp;réviseur…</translation>
    </message>
    <message>
        <source>A sheet can be extracted again once the run has ended.</source>
        <translation>Une planche peut être extraite de nouveau une fois l’exécution terminée.</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>Nom du réviseur</translation>
    </message>
    <message>
        <source>Your name in reviews.jsonl (empty: the system&apos;s user name, %1):</source>
        <translation>Votre nom dans reviews.jsonl (vide : le nom d’utilisateur du système, %1) :</translation>
    </message>
    <message>
        <source>&amp;Export Reviewed Records…</source>
        <translation>&amp;Exporter les enregistrements révisés…</translation>
    </message>
    <message>
        <source>The records are exported when the run ends; export again after.</source>
        <translation>Les enregistrements sont exportés à la fin de l’exécution ; exportez de nouveau ensuite.</translation>
    </message>
</context>
<context>
    <name>herb::PublicationDialog</name>
    <message>
        <source>&amp;Institution code:</source>
        <translation>Code de l&apos;é&amp;tablissement&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ollection code:</source>
        <translation>Code de la c&amp;ollection&#xa0;:</translation>
    </message>
    <message>
        <source>Codes by catalogue &amp;prefix:</source>
        <translation>Codes par &amp;préfixe de catalogue&#xa0;:</translation>
    </message>
    <message>
        <source>Institution &amp;name:</source>
        <translation>&amp;Nom de l&apos;établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Data set &amp;title:</source>
        <translation>&amp;Titre du jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Creator:</source>
        <translation>&amp;Créateur&#xa0;:</translation>
    </message>
    <message>
        <source>Creator&apos;s &amp;organisation:</source>
        <translation>&amp;Organisme du créateur&#xa0;:</translation>
    </message>
    <message>
        <source>Creator&apos;s &amp;e-mail:</source>
        <translation>Courri&amp;el du créateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Metadata provider:</source>
        <translation>Fournisseur des &amp;métadonnées&#xa0;:</translation>
    </message>
    <message>
        <source>Metadata provider&apos;s e-mail:</source>
        <translation>Courriel du fournisseur des métadonnées&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Personne-re&amp;ssource&#xa0;:</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail:</source>
        <translation>Courriel de la personne-ressource&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kingdom:</source>
        <translation>Rè&amp;gne&#xa0;:</translation>
    </message>
    <message>
        <source>Data set &amp;language:</source>
        <translation>&amp;Langue du jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>What every run publishes under, from the window or the command line: written into occurrence.csv, dwca.zip and its eml.xml. GBIF accepts only these three licences.</source>
        <translation>Les conditions de publication de chaque traitement, lancé depuis la fenêtre ou en ligne de commande&#xa0;: elles sont écrites dans occurrence.csv, dwca.zip et son eml.xml. Le GBIF n&apos;accepte que ces trois licences.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>L&amp;icence&#xa0;:</translation>
    </message>
    <message>
        <source>Data set description</source>
        <translation>Description du jeu de données</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>herb::ReExtractDialog</name>
    <message>
        <source>E&amp;xtract</source>
        <translation>E&amp;xtraire</translation>
    </message>
    <message>
        <source>Keep &amp;New</source>
        <translation>Garder le &amp;nouveau</translation>
    </message>
    <message>
        <source>Keep &amp;Current</source>
        <translation>Garder l’a&amp;ctuel</translation>
    </message>
    <message>
        <source>Re-extract %1</source>
        <translation>Extraire de nouveau %1</translation>
    </message>
    <message>
        <source>the built-in prompt</source>
        <translation>la requête intégrée</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Append the new record to records.jsonl: it becomes the sheet&apos;s record; the review&apos;s corrections and verdict stay</source>
        <translation>Ajouter le nouvel enregistrement à records.jsonl : il devient celui de la planche ; les corrections et le verdict de la révision restent</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>M&amp;odèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prompt file:</source>
        <translation>Fichier de &amp;requête :</translation>
    </message>
    <message>
        <source>The sheet is sent once, with the model and prompt above; the run folder changes only if you keep the new record.</source>
        <translation>La planche est envoyée une fois, avec le modèle et la requête ci-dessus ; le dossier d’exécution ne change que si vous gardez le nouvel enregistrement.</translation>
    </message>
    <message>
        <source>The sheet %1 could not be copied for the extraction.</source>
        <translation>La planche %1 n’a pas pu être copiée pour l’extraction.</translation>
    </message>
    <message>
        <source>Sending the sheet to %1…</source>
        <translation>Envoi de la planche à %1…</translation>
    </message>
    <message>
        <source>the offline engine</source>
        <translation>le moteur hors ligne</translation>
    </message>
    <message>
        <source>No record came back: %1</source>
        <translation>Aucun enregistrement n’est revenu : %1</translation>
    </message>
    <message>
        <source>the extraction stopped before the sheet.</source>
        <translation>l’extraction s’est arrêtée avant la planche.</translation>
    </message>
    <message>
        <source>The new attempt failed: %1</source>
        <translation>La nouvelle tentative a échoué : %1</translation>
    </message>
    <message>
        <source>Compare and keep one. Differences are marked.</source>
        <translation>Comparez et gardez-en un. Les différences sont marquées.</translation>
    </message>
    <message>
        <source>The new record was not kept: %1</source>
        <translation>Le nouvel enregistrement n’a pas été gardé : %1</translation>
    </message>
</context>
<context>
    <name>herb::RecentPathsMenu</name>
    <message>
        <source>None yet</source>
        <translation>Rien pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>herb::RecentRuns</name>
    <message>
        <source>Recent runs</source>
        <translation>Traitements récents</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent runs</source>
        <translation>Aucun traitement récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>herb::RecordForm</name>
    <message>
        <source>A&amp;dd Term</source>
        <translation>A&amp;jouter le terme</translation>
    </message>
    <message>
        <source>Darwin Core fields of the record</source>
        <translation>Champs Darwin Core de l’enregistrement</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Texte original</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Add a Darwin Core term…</source>
        <translation>Ajouter un terme Darwin Core…</translation>
    </message>
    <message>
        <source>Darwin Core term to add</source>
        <translation>Terme Darwin Core à ajouter</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n’a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>code-barres</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>conservateur</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>herb::ReviewExportDialog</name>
    <message>
        <source>&amp;Approved records only</source>
        <translation>Enregistrements &amp;approuvés seulement</translation>
    </message>
    <message>
        <source>Export Reviewed Records</source>
        <translation>Exporter les enregistrements révisés</translation>
    </message>
    <message>
        <source>Writes occurrence.csv, dwca.zip and eml.xml in %1 again, with the corrections of reviews.jsonl applied and rejected records left out.</source>
        <translation>Réécrit occurrence.csv, dwca.zip et eml.xml dans %1, avec les corrections de reviews.jsonl appliquées et les enregistrements rejetés omis.</translation>
    </message>
    <message>
        <source>Leave out every record a person has not approved (for a data set published as checked)</source>
        <translation>Omettre tout enregistrement qu’une personne n’a pas approuvé (pour un jeu de données publié comme vérifié)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté : %1</translation>
    </message>
    <message>
        <source>1 record exported</source>
        <translation>1 enregistrement exporté</translation>
    </message>
    <message>
        <source>%1 records exported</source>
        <translation>%1 enregistrements exportés</translation>
    </message>
    <message>
        <source>: %1 corrected, %2 rejected left out</source>
        <translation> : %1 corrigés, %2 rejetés omis</translation>
    </message>
    <message>
        <source>, %1 not approved left out</source>
        <translation>, %1 non approuvés omis</translation>
    </message>
</context>
<context>
    <name>herb::ReviewStatusBar</name>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Non révisé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re-e&amp;xtract…</source>
        <translation>E&amp;xtraire de nouveau…</translation>
    </message>
    <message>
        <source>Review status of the record</source>
        <translation>Statut de révision de l’enregistrement</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Avancement de la révision</translation>
    </message>
    <message>
        <source>Note for the next decision (optional)</source>
        <translation>Note pour la prochaine décision (facultative)</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de révision</translation>
    </message>
    <message>
        <source>Approve and go to the next unreviewed record (A)</source>
        <translation>Approuver et passer au prochain enregistrement non révisé (A)</translation>
    </message>
    <message>
        <source>Mark as needing attention (T)</source>
        <translation>Marquer comme à revoir (T)</translation>
    </message>
    <message>
        <source>Reject: the record is left out of the exports (R)</source>
        <translation>Rejeter : l’enregistrement est omis des exports (R)</translation>
    </message>
    <message>
        <source>Take the verdict back</source>
        <translation>Retirer le verdict</translation>
    </message>
    <message>
        <source>Undo your last decision (Ctrl+Z): a line taking it back is added to reviews.jsonl</source>
        <translation>Annuler votre dernière décision (Ctrl+Z) : une ligne qui la retire est ajoutée à reviews.jsonl</translation>
    </message>
    <message>
        <source>Send this sheet again, with the window&apos;s model or another one, and keep the new record or the current one</source>
        <translation>Envoyer de nouveau cette planche, avec le modèle de la fenêtre ou un autre, et garder le nouvel enregistrement ou l’actuel</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Révision : %1</translation>
    </message>
    <message>
        <source>No record to review</source>
        <translation>Aucun enregistrement à réviser</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — « %1 »</translation>
    </message>
    <message>
        <source> — extracted again since the review: check the values again</source>
        <translation> — extrait de nouveau depuis la révision : revérifiez les valeurs</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 sur %2 révisés</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>herb::RunAudit</name>
    <message>
        <source>The audit model %1 cannot be used: %2</source>
        <translation>Le modèle d’audit %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>the run&apos;s answer failed: %1</source>
        <translation>la réponse de l’exécution a échoué : %1</translation>
    </message>
    <message>
        <source>the audit model&apos;s answer failed: %1</source>
        <translation>la réponse du modèle d’audit a échoué : %1</translation>
    </message>
</context>
<context>
    <name>herb::RunController</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1 has the same content as %2: processed once, as %1</source>
        <translation>Avertissement&#xa0;: %1 a le même contenu que %2&#xa0;: traité une seule fois, sous le nom %1</translation>
    </message>
    <message>
        <source>Warning: … and %1 more sets of files with the same content</source>
        <translation>Avertissement&#xa0;: … et %1 autres groupes de fichiers au contenu identique</translation>
    </message>
    <message>
        <source>%1: %2; the run waits %3 s, until %4 UTC</source>
        <translation>%1: %2; le traitement attend %3 s, jusqu&apos;à %4 UTC</translation>
    </message>
    <message>
        <source>, longer than the stall interval (%1 s)</source>
        <translation>, plus longtemps que le délai de blocage (%1 s)</translation>
    </message>
    <message>
        <source>The event log did not take the session&apos;s last events.</source>
        <translation>Le journal des événements n&apos;a pas pu enregistrer les derniers événements de la session.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Warning: this session uses another prompt than the previous one (sha256 %1 → %2): its records may differ from the earlier ones</source>
        <translation>Avertissement&#xa0;: cette session utilise une autre invite que la précédente (sha256 %1 → %2)&#xa0;: ses fiches peuvent différer des précédentes</translation>
    </message>
    <message>
        <source>Warning: this session uses another model than the previous one (%1 → %2)</source>
        <translation>Avertissement&#xa0;: cette session utilise un autre modèle que la précédente (%1 → %2)</translation>
    </message>
    <message>
        <source>Audit model: %1</source>
        <translation>Modèle d’audit : %1</translation>
    </message>
</context>
<context>
    <name>herb::RunDashboard</name>
    <message>
        <source>Processed</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Jetons et coût</translation>
    </message>
    <message>
        <source>Run dashboard</source>
        <translation>Tableau de bord du traitement</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 failed, %2 skipped</source>
        <translation>%1 en échec, %2 ignorés</translation>
    </message>
    <message>
        <source>last %1: %2</source>
        <translation>%1 derniers&#xa0;: %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 /min</source>
        <translation>%1 /min</translation>
    </message>
    <message>
        <source>median %1 s</source>
        <translation>médiane %1 s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <source>Records a trust check flagged (Specimens tab, Flagged only), and the accuracy on control sheets</source>
        <translation>Fiches signalées par un contrôle de fiabilité (onglet Spécimens, Signalés seulement), et l&apos;exactitude sur les planches témoins</translation>
    </message>
    <message>
        <source>no controls</source>
        <translation>aucune planche témoin</translation>
    </message>
    <message>
        <source>controls %1 % exact (%2 scored)</source>
        <translation>témoins exacts à %1 % (%2 notés)</translation>
    </message>
    <message>
        <source>audit %1 % agree (%2 audited)</source>
        <translation>audit %1 % d’accord (%2 audités)</translation>
    </message>
</context>
<context>
    <name>herb::RunNameChecks</name>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herb::RunSetupPanel</name>
    <message>
        <source>Drop a folder of specimen images here</source>
        <translation>Déposez ici un dossier d&apos;images de spécimens</translation>
    </message>
    <message>
        <source>Built-in prompt</source>
        <translation>Invite intégrée</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Dossier d&apos;images</translation>
    </message>
    <message>
        <source>Images found</source>
        <translation>Images trouvées</translation>
    </message>
    <message>
        <source>Prompt file</source>
        <translation>Fichier d&apos;invite</translation>
    </message>
    <message>
        <source>Prompt SHA-256</source>
        <translation>SHA-256 de l&apos;invite</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Aperçu de l&apos;invite</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Vision model (OpenAI-compatible)</source>
        <translation>Modèle de vision (compatible OpenAI)</translation>
    </message>
    <message>
        <source>Offline (Tesseract OCR)</source>
        <translation>Hors ligne (ROC Tesseract)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Parallélisme</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Dossier du traitement</translation>
    </message>
    <message>
        <source>Beside the image folder</source>
        <translation>À côté du dossier d&apos;images</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Images&#xa0;:</translation>
    </message>
    <message>
        <source>Browse for the image folder</source>
        <translation>Parcourir pour choisir le dossier d&apos;images</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>I&amp;nvite&#xa0;:</translation>
    </message>
    <message>
        <source>Browse for the prompt file</source>
        <translation>Parcourir pour choisir le fichier d&apos;invite</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>M&amp;odèle&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>Pa&amp;rallélisme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Run folder:</source>
        <translation>Dossier du &amp;traitement&#xa0;:</translation>
    </message>
    <message>
        <source>Browse for the run folder</source>
        <translation>Parcourir pour choisir le dossier du traitement</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) found</source>
        <translation>
            <numerusform>%n image trouvée</numerusform>
            <numerusform>%n images trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n folder(s) could not be read</source>
        <translation>
            <numerusform>; %n dossier illisible</numerusform>
            <numerusform>; %n dossiers illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Image Folder</source>
        <translation>Dossier d&apos;images</translation>
    </message>
    <message>
        <source>Prompt File</source>
        <translation>Fichier d&apos;invite</translation>
    </message>
    <message>
        <source>Prompts (*.prompt *.txt *.md);;All files (*)</source>
        <translation>Invites (*.prompt *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Run Folder</source>
        <translation>Dossier du traitement</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Vérifi&amp;er</translation>
    </message>
    <message>
        <source>&amp;Test One Specimen…</source>
        <translation>Essa&amp;yer un spécimen…</translation>
    </message>
    <message>
        <source>Recent Image Folders</source>
        <translation>Dossiers d&apos;images récents</translation>
    </message>
    <message>
        <source>Recent Prompts</source>
        <translation>Invites récentes</translation>
    </message>
    <message>
        <source>Check the setup</source>
        <translation>Vérifier la configuration</translation>
    </message>
    <message>
        <source>Check the prompt, the images, the run folder, the key and the model without starting a run (Ctrl+Shift+K)</source>
        <translation>Vérifier l&apos;invite, les images, le dossier du traitement, la clé et le modèle sans démarrer de traitement (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Test on one specimen</source>
        <translation>Tester sur un spécimen</translation>
    </message>
    <message>
        <source>Send one specimen and show the record it gives, without starting a run (Ctrl+Shift+T)</source>
        <translation>Envoyer un seul spécimen et afficher la fiche obtenue, sans démarrer de traitement (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Recent image folders</source>
        <translation>Dossiers d&apos;images récents</translation>
    </message>
    <message>
        <source>Recent prompt files</source>
        <translation>Fichiers d&apos;invite récents</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Choose a folder with specimen images first.</source>
        <translation>Choisissez d&apos;abord un dossier d&apos;images de spécimens.</translation>
    </message>
    <message numerus="yes">
        <source>Counting the images… %n so far</source>
        <translation>
            <numerusform>Décompte des images… %n pour l&apos;instant</numerusform>
            <numerusform>Décompte des images… %n pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the images…</source>
        <translation>Décompte des images…</translation>
    </message>
    <message>
        <source>The images of the folder are still being counted; try again in a moment.</source>
        <translation>Les images du dossier sont encore en cours de décompte; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>herb::SetupCheck</name>
    <message>
        <source>No API key is entered.</source>
        <translation>Aucune clé d&apos;API n&apos;est saisie.</translation>
    </message>
    <message>
        <source>Choose a new folder, or leave the field blank.</source>
        <translation>Choisissez un nouveau dossier ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>herb::SetupFindingsView</name>
    <message>
        <source>Check results</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>herb::SheetImageCache</name>
    <message>
        <source>%1 is too large to show: %2 x %3 pixels need %4 MB of memory</source>
        <translation>%1 est trop grande pour être affichée : %2 x %3 pixels demandent %4 Mo de mémoire</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>herb::SingleSpecimenDialog</name>
    <message>
        <source>Test on One Specimen</source>
        <translation>Test sur un spécimen</translation>
    </message>
    <message>
        <source>Test on one specimen</source>
        <translation>Test sur un spécimen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Specimen image</source>
        <translation>Image du spécimen</translation>
    </message>
    <message>
        <source>No image yet</source>
        <translation>Pas encore d&apos;image</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Darwin Core record</source>
        <translation>Fiche Darwin Core</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Réponse du modèle</translation>
    </message>
    <message>
        <source>The model&apos;s answer appears here.</source>
        <translation>La réponse du modèle s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Darwin Core &amp;record:</source>
        <translation>&amp;Fiche Darwin Core&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model answer:</source>
        <translation>&amp;Réponse du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Sending one specimen…</source>
        <translation>Envoi d&apos;un spécimen…</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the test.</source>
        <translation>Impossible de créer un dossier temporaire pour le test.</translation>
    </message>
    <message>
        <source>No specimen was sent: %1</source>
        <translation>Aucun spécimen n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the run stopped before it.</source>
        <translation>le traitement s&apos;est arrêté avant son envoi.</translation>
    </message>
    <message>
        <source>The model&apos;s answer could not be read as a Darwin Core record. Does the prompt ask for one JSON object of Darwin Core terms?</source>
        <translation>La réponse du modèle n&apos;a pas pu être lue comme une fiche Darwin Core. L&apos;invite demande-t-elle un seul objet JSON de termes Darwin Core?</translation>
    </message>
    <message>
        <source>The answer has fewer than %1 core Darwin Core terms with a value. Does the prompt ask for the terms on the label?</source>
        <translation>La réponse compte moins de %1 termes Darwin Core essentiels ayant une valeur. L&apos;invite demande-t-elle les termes inscrits sur l&apos;étiquette?</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>L&apos;image n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>Le serveur a refusé la clé d&apos;API.</translation>
    </message>
    <message>
        <source>The specimen failed.</source>
        <translation>Le spécimen a échoué.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>The record was read: %n Darwin Core term(s), %1 of them core.</source>
        <translation>
            <numerusform>La fiche a été lue&#xa0;: %n terme Darwin Core (essentiels&#xa0;: %1).</numerusform>
            <numerusform>La fiche a été lue&#xa0;: %n termes Darwin Core (essentiels&#xa0;: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>L&apos;image n&apos;a pas pu être affichée.</translation>
    </message>
</context>
<context>
    <name>herb::SpecimenListModel</name>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Spécimen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>non révisé</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
</context>
<context>
    <name>herb::SpecimenReviewView</name>
    <message>
        <source>Failed &amp;only</source>
        <translation>Éc&amp;hecs seulement</translation>
    </message>
    <message>
        <source>Specimen review</source>
        <translation>Revue des spécimens</translation>
    </message>
    <message>
        <source>Show failed specimens only</source>
        <translation>Afficher seulement les spécimens en échec</translation>
    </message>
    <message>
        <source>Show only the specimens that failed</source>
        <translation>Afficher seulement les spécimens qui ont échoué</translation>
    </message>
    <message>
        <source>Specimen counts</source>
        <translation>Décompte des spécimens</translation>
    </message>
    <message>
        <source>Specimens</source>
        <translation>Spécimens</translation>
    </message>
    <message>
        <source>Selected specimen</source>
        <translation>Spécimen sélectionné</translation>
    </message>
    <message>
        <source>Select a specimen to see its sheet and fields.</source>
        <translation>Sélectionnez un spécimen pour voir sa planche et ses champs.</translation>
    </message>
    <message>
        <source>Specimen error</source>
        <translation>Erreur du spécimen</translation>
    </message>
    <message>
        <source>Specimen sheet</source>
        <translation>Planche du spécimen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Error (%1, HTTP %2): %3</source>
        <translation>Erreur (%1, HTTP %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>L&apos;image ne peut pas être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the value stands in the prompt: copied from its example?</source>
        <translation>la valeur figure dans l&apos;invite&#xa0;: copiée de son exemple&#xa0;?</translation>
    </message>
    <message>
        <source>the same value was read on another image</source>
        <translation>la même valeur a été lue sur une autre image</translation>
    </message>
    <message>
        <source>every core field is the same on other images</source>
        <translation>tous les champs essentiels sont les mêmes sur d&apos;autres images</translation>
    </message>
    <message>
        <source>the barcode on the sheet says otherwise</source>
        <translation>le code-barres de la planche indique autre chose</translation>
    </message>
    <message>
        <source>no sheet can carry this value</source>
        <translation>aucune planche ne peut porter cette valeur</translation>
    </message>
    <message>
        <source>Fla&amp;gged only</source>
        <translation>Si&amp;gnalés seulement</translation>
    </message>
    <message>
        <source>Show flagged specimens only</source>
        <translation>Afficher seulement les spécimens signalés</translation>
    </message>
    <message>
        <source>Show only the specimens whose record a trust check flagged</source>
        <translation>Afficher seulement les spécimens dont la fiche a été signalée par un contrôle de fiabilité</translation>
    </message>
    <message>
        <source>Specimen flags</source>
        <translation>Signalements du spécimen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Signalée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped, %4 in flight, %5 flagged</source>
        <translation>%1 réussis, %2 en échec, %3 ignorés, %4 en cours, %5 signalés</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 vide</translation>
    </message>
    <message>
        <source>Show records with this review status</source>
        <translation>Afficher les enregistrements de ce statut de révision</translation>
    </message>
    <message>
        <source>Any review status</source>
        <translation>Tout statut de révision</translation>
    </message>
    <message>
        <source>Show records with this field empty</source>
        <translation>Afficher les enregistrements dont ce champ est vide</translation>
    </message>
    <message>
        <source>Any fields</source>
        <translation>Tous les champs</translation>
    </message>
    <message>
        <source>No image file is known for this specimen.</source>
        <translation>Aucun fichier image n’est connu pour ce spécimen.</translation>
    </message>
</context>
<context>
    <name>herb::StoppedDialog</name>
    <message>
        <source>Open &amp;Event Log</source>
        <translation>Ouvrir le &amp;journal des événements</translation>
    </message>
    <message>
        <source>Open Run &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier du traitement</translation>
    </message>
    <message>
        <source>Extraction stopped</source>
        <translation>Extraction arrêtée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Prompt and model</source>
        <translation>Invite et modèle</translation>
    </message>
    <message>
        <source>First errors</source>
        <translation>Premières erreurs</translation>
    </message>
    <message>
        <source>First errors:</source>
        <translation>Premières erreurs&#xa0;:</translation>
    </message>
    <message>
        <source>Open event log</source>
        <translation>Ouvrir le journal des événements</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Ouvrir le dossier du traitement</translation>
    </message>
    <message>
        <source>The run ended without closing its event log.</source>
        <translation>Le traitement s&apos;est terminé sans fermer son journal des événements.</translation>
    </message>
    <message>
        <source>%1 of the first %2 specimens failed: success %3 is below the %4 threshold. The run was stopped before more images were sent.</source>
        <translation>%1 des %2 premiers spécimens ont échoué&#xa0;: le taux de réussite de %3 est sous le seuil de %4. Le traitement a été arrêté avant l&apos;envoi d&apos;autres images.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, which stops the run: %2</source>
        <translation>Le serveur a répondu HTTP %1, ce qui arrête le traitement&#xa0;: %2</translation>
    </message>
    <message>
        <source>A fatal error stopped the run: %1</source>
        <translation>Une erreur fatale a arrêté le traitement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>Le traitement n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run folder could not be written: %1</source>
        <translation>Impossible d&apos;écrire dans le dossier du traitement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run was stopped on request.</source>
        <translation>Le traitement a été arrêté à la demande.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Le traitement s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run stopped before it started extracting.</source>
        <translation>Le traitement s&apos;est arrêté avant de commencer l&apos;extraction.</translation>
    </message>
    <message>
        <source>Prompt: %1 (SHA-256 %2)</source>
        <translation>Invite&#xa0;: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>Modèle&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point de terminaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show Failed &amp;Specimens</source>
        <translation>&amp;Afficher les spécimens en échec</translation>
    </message>
    <message>
        <source>Show failed specimens</source>
        <translation>Afficher les spécimens en échec</translation>
    </message>
    <message>
        <source>Close this alert and list the failed specimens with their errors and sheets</source>
        <translation>Fermer cette alerte et lister les spécimens en échec avec leurs erreurs et leurs planches</translation>
    </message>
    <message>
        <source>The records cannot be trusted, so the run was stopped: %1 The Specimens tab shows the flagged records (Flagged only).</source>
        <translation>Les fiches ne sont pas fiables&#xa0;: le traitement a été arrêté. %1 L&apos;onglet Spécimens montre les fiches signalées (Signalés seulement).</translation>
    </message>
    <message>
        <source>The control sheets were read wrongly: %1 of %2 known values exact (%3, below the %4 threshold). The model&apos;s records cannot be trusted; the run was stopped.</source>
        <translation>Les planches témoins ont été mal lues&#xa0;: %1 valeurs connues sur %2 exactes (%3, sous le seuil de %4). On ne peut pas se fier aux fiches du modèle ; le traitement a été arrêté.</translation>
    </message>
</context>
<context>
    <name>herb::TruthComparisonDialog</name>
    <message>
        <source>Compare with Truth</source>
        <translation>Comparer à la vérité</translation>
    </message>
    <message>
        <source>Choose &amp;Truth…</source>
        <translation>Choisir la &amp;vérité…</translation>
    </message>
    <message>
        <source>Save &amp;Differences…</source>
        <translation>Enregistrer les &amp;différences…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 comparé à %2</translation>
    </message>
    <message>
        <source>Differences saved to %1</source>
        <translation>Différences enregistrées dans %1</translation>
    </message>
    <message>
        <source>Truth Table</source>
        <translation>Table de vérité</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Save Differences</source>
        <translation>Enregistrer les différences</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Spécimen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Model value</source>
        <translation>Valeur du modèle</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Vérité</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>herb::WarningBanner</name>
    <message>
        <source>Run warning</source>
        <translation>Avertissement du traitement</translation>
    </message>
    <message>
        <source>Warning text</source>
        <translation>Texte de l&apos;avertissement</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss warning</source>
        <translation>Masquer l&apos;avertissement</translation>
    </message>
    <message>
        <source>Hide this warning; the run goes on</source>
        <translation>Masquer cet avertissement; le traitement continue</translation>
    </message>
    <message>
        <source>Only %1 of the last %2 specimens succeeded (%3), below the %4 threshold. The run goes on; check the failed specimens.</source>
        <translation>Seulement %1 des %2 derniers spécimens ont réussi (%3), sous le seuil de %4. Le traitement continue; vérifiez les spécimens en échec.</translation>
    </message>
    <message numerus="yes">
        <source>No specimen has finished for %n minute(s). The model or the network may be stuck.</source>
        <translation>
            <numerusform>Aucun spécimen ne s&apos;est terminé depuis %n minute. Le modèle ou le réseau est peut-être bloqué.</numerusform>
            <numerusform>Aucun spécimen ne s&apos;est terminé depuis %n minutes. Le modèle ou le réseau est peut-être bloqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No specimen has finished for %n second(s). The model or the network may be stuck.</source>
        <translation>
            <numerusform>Aucun spécimen ne s&apos;est terminé depuis %n seconde. Le modèle ou le réseau est peut-être bloqué.</numerusform>
            <numerusform>Aucun spécimen ne s&apos;est terminé depuis %n secondes. Le modèle ou le réseau est peut-être bloqué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Many image files could not be read: %1</source>
        <translation>De nombreux fichiers d&apos;images n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herb::WarningNotifier</name>
    <message>
        <source>Herbstream</source>
        <translation>Herbstream</translation>
    </message>
</context>
</TS>
