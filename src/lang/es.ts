import { registerLanguage } from '../i18n/languages.js';
import type { LanguagePack } from '../i18n/messages.js';

// Spanish: every built-in text (banner, dialog, placeholder, policy page). Loaded by the page
// as dist/lang/es.js (a classic script beside the banner file) or `import 'portal-cookie-consent/lang/es'`.
// Formal address (usted), angle quotes («…») without spaces, “las cookies” (feminine, as the AEPD writes).
registerLanguage('es', {
  banner: {
    bannerTitle: 'Cookies en {platform}',
    bannerText:
      'Las cookies necesarias permiten que la plataforma funcione. Las demás, como las de medición de audiencia, solo se ' +
      'instalan con su consentimiento, que puede retirar en cualquier momento.',
    revisionNotice: 'Nuestro uso de las cookies ha cambiado desde su última visita: le rogamos que vuelva a elegir.',
    gpcNotice:
      'Su navegador pide a los sitios web que no hagan un seguimiento de su actividad (Global Privacy Control): las cookies ' +
      'opcionales permanecen desactivadas salvo que usted las active.',
    policyLink: 'Política de cookies',
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    customize: 'Personalizar',
    exemptNotice: 'Está activa una medición de audiencia que no requiere consentimiento; puede oponerse a ella en «Personalizar».',
  },
  dialog: {
    save: 'Guardar mis preferencias',
    dialogTitle: 'Cookies utilizadas en la plataforma {platform}',
    dialogIntro:
      'Elija, finalidad por finalidad, qué cookies permite. No se instala ninguna cookie opcional hasta que usted dé su consentimiento.',
    close: 'Cerrar sin guardar',
    alwaysOn: 'Siempre activas',
    provider: 'Nombre del proveedor del servicio',
    function: 'Función y ubicación',
    names: 'Nombre(s) de la cookie',
    purpose: 'Finalidades',
    duration: 'Duración',
    noCookies: 'No se ha declarado ninguna cookie para esta finalidad.',
    exemptNote:
      'No requiere consentimiento: esta medición solo proporciona a la plataforma cifras de audiencia anónimas, por lo que ' +
      'está activa hasta que usted se oponga. Desactívela para oponerse.',
  },
  placeholder: {
    placeholderText: 'Este contenido de {provider} está bloqueado hasta que acepte las cookies «{category}».',
    placeholderButton: 'Aceptar las cookies «{category}»',
  },
  policy: {
    intro:
      'La plataforma {platform} utiliza cookies. Algunas la hacen funcionar, por ejemplo para mantener su sesión ' +
      'iniciada; otras miden su audiencia, para poder mejorarla. Esta página explica qué son las cookies, cuáles utiliza ' +
      'la plataforma y cómo aceptarlas o rechazarlas.',
    whatHeading: '¿Qué es una cookie?',
    what:
      'Una cookie es un pequeño archivo de texto que un sitio web guarda en su navegador. El sitio lo vuelve a leer en ' +
      'las páginas o visitas siguientes, por ejemplo para recordar su idioma. Las mismas normas se aplican a tecnologías ' +
      'similares, como el espacio de almacenamiento que un sitio puede utilizar en su navegador.',
    kindsHeading: 'Tipos de cookies',
    necessaryTerm: 'Cookies necesarias',
    necessary:
      'Sin ellas la plataforma no puede funcionar: permiten iniciar sesión, recordar su idioma, proteger las solicitudes ' +
      'y recordar sus preferencias sobre cookies. No requieren su consentimiento.',
    statisticsTerm: 'Cookies estadísticas',
    statistics:
      'Miden la audiencia: cuántas visitas hay y qué páginas se leen. Solo están exentas de consentimiento cuando los ' +
      'datos se anonimizan y se utilizan únicamente para medir la audiencia (la exención concedida por la CNIL, la ' +
      'autoridad francesa de protección de datos). En caso contrario, solo se instalan si usted las acepta.',
    firstPartyTerm: 'Cookies propias',
    firstParty: 'Las instala la plataforma que usted visita, bajo su propia dirección.',
    thirdPartyTerm: 'Cookies de terceros',
    thirdParty:
      'Las instala otra organización, como el proveedor de un servicio que utiliza la plataforma, bajo la dirección de ' +
      'esa organización.',
    usedHeading: '¿Qué cookies se utilizan en la plataforma {platform}?',
    usedIntro:
      'Las cookies se agrupan por finalidad. Para cada una, la tabla indica quién la proporciona, para qué sirve, su ' +
      'nombre y cuánto tiempo se conserva.',
    caption: 'Cookies de la categoría «{category}»',
    choiceHeading: 'Su elección actual',
    noChoice: 'Todavía no ha hecho ninguna elección. Mientras tanto, solo se instalan las cookies necesarias.',
    choiceSaved: 'Elección guardada el',
    choiceAlways: '{category}: siempre activas',
    choiceOn: '{category}: aceptadas',
    choiceOff: '{category}: rechazadas',
    manage: 'Gestionar mis preferencias',
    changeHeading: 'Cómo cambiar su elección',
    change:
      'Puede cambiar su elección en cualquier momento, con la misma facilidad con la que la hizo, en la ventana de ' +
      'preferencias de cookies: rechazar es tan sencillo como aceptar. Cuando retira su consentimiento, la plataforma deja ' +
      'de instalar esas cookies y elimina aquellas a las que tiene acceso.',
    browser:
      'También puede eliminar o bloquear las cookies en la configuración de su navegador. Bloquear las cookies necesarias ' +
      'puede impedir que funcionen algunas partes de la plataforma, como el inicio de sesión.',
  },
  // The built-in inventory and the presets' cookie tables (Matomo, GA4, Piano), by their English text.
  inventory: {
    'Strictly necessary':
      'Estrictamente necesarias',
    'Statistics':
      'Estadísticas',
    'Needed for the platform to work: sign-in, language, secure API calls and your cookie choices. Exempt from consent.':
      'Imprescindibles para el funcionamiento de la plataforma: inicio de sesión, idioma, seguridad de las llamadas a la API y sus preferencias de cookies. Exentas de consentimiento.',
    'Measure how the platform is used, to improve it. Set only if you accept them.':
      'Miden el uso de la plataforma para mejorarla. Solo se instalan si usted las acepta.',
    'Authentication (front and back office)':
      'Autenticación (front office y back office)',
    'To remember the user from one page to another':
      'Reconocer al usuario de una página a otra',
    'Language selection (front and back office)':
      'Selección de idioma (front office y back office)',
    "To remember the visitor's language":
      'Recordar el idioma del visitante',
    'API (CSRF) (front and back office)':
      'API (CSRF) (front office y back office)',
    'To retrieve data via API calls':
      'Recuperar datos mediante llamadas a la API',
    'Choices related to your cookie preferences':
      'Opciones relativas a sus preferencias de cookies',
    "To remember the visitor's cookie preferences":
      'Recordar las preferencias de cookies del visitante',
    '30 minutes':
      '30 minutos',
    'Audience measurement: visitor identifier':
      'Medición de audiencia: identificador del visitante',
    'To recognise a returning visitor by a random identifier, to count unique visitors and their visits':
      'Reconocer a un visitante que vuelve mediante un identificador aleatorio, para contar los visitantes únicos y sus visitas',
    'Audience measurement: current visit':
      'Medición de audiencia: visita en curso',
    'To link the pages viewed during one visit, and keep that visit’s temporary data':
      'Vincular las páginas vistas durante una misma visita y conservar los datos temporales de esa visita',
    'Audience measurement: origin of the visit':
      'Medición de audiencia: procedencia de la visita',
    'To remember how the visitor first arrived on the site (search engine, link from another site, campaign)':
      'Recordar cómo llegó el visitante al sitio por primera vez (buscador, enlace desde otro sitio, campaña)',
    'Heatmaps and session recordings (only where the site uses them)':
      'Mapas de calor y grabaciones de sesiones (solo si el sitio los utiliza)',
    'To link the heatmap and session-recording data of one visit':
      'Vincular entre sí los datos de mapas de calor y de grabación de una misma visita',
    'Audience measurement: refusal or objection':
      'Medición de audiencia: rechazo u oposición',
    'To remember that the visitor refused or objected to audience measurement, so that Matomo no longer measures their visits':
      'Recordar que el visitante ha rechazado la medición de audiencia o se ha opuesto a ella, para que Matomo deje de medir sus visitas',
    'Audience measurement: user identifier':
      'Medición de audiencia: identificador del usuario',
    'To distinguish users by a random identifier, to count visitors and their return visits':
      'Distinguir a los usuarios mediante un identificador aleatorio, para contar los visitantes y sus visitas recurrentes',
    'Audience measurement: session':
      'Medición de audiencia: sesión',
    'To keep the state of the current session (when it started, how many sessions so far)':
      'Conservar el estado de la sesión en curso (inicio de la sesión, número de sesiones hasta ahora)',
    'Audience measurement: measurement mode':
      'Medición de audiencia: modo de medición',
    'To remember which measurement mode applies to the visitor: with consent, exempt from consent, or refused':
      'Recordar qué modo de medición se aplica al visitante: con consentimiento, exenta de consentimiento o rechazada',
    'Piano tools: shared context':
      'Herramientas de Piano: contexto compartido',
    'To keep the context data that Piano’s tools on the site share, such as whether the visitor is signed in':
      'Conservar los datos de contexto que comparten las herramientas de Piano del sitio, por ejemplo si el visitante ha iniciado sesión',
    'Audience measurement: signed-in user':
      'Medición de audiencia: usuario conectado',
    'To remember the identifier of a signed-in user, where the site sends one, so that their visits are measured together':
      'Recordar el identificador de un usuario conectado, si el sitio envía uno, para medir sus visitas en conjunto',
  },
} satisfies LanguagePack);
